import 'server-only';
import type { Quiz, WrittenItem } from '@/content/quiz-schema';
import { Prisma } from '@/generated/prisma/client';
import { hasWrittenText, isPlainText, type WrittenResponse } from '@/lib/grading/responses';
import { withoutInvisible } from '@/lib/plain-text';
import {
  tallyWrittenWork,
  writtenStatus,
  type WrittenAnswerToScore,
  type WrittenWork,
} from '@/lib/dashboard/written-scoring';
import { isUuid } from '@/lib/ids';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { db } from '../db/client';
import { CLASS_ATTEMPT } from './counted-attempts';
import { EARLIER_VERSIONS_SQL, earlierVersions, LATE_REVISION_SQL } from '../quiz/written-versions';

/** The longest comment a teacher can leave on a written answer. */
export const MAX_COMMENT_CHARACTERS = 1000;

/** A written item of a quiz, or undefined. */
export function writtenItemOf(quiz: Quiz, itemId: string): WrittenItem | undefined {
  const item = quiz.items.find((candidate) => candidate.id === itemId);
  return item?.type === 'written' ? item : undefined;
}

type AnswerRow = {
  attemptId: string;
  displayName: string | null;
  number: number;
  response: unknown;
  rubricLevel: number | null;
  teacherComment: string | null;
  scoredAt: Date | null;
  returnedAt: Date | null;
  revisionAsked: boolean;
  revisionRequestedAt: Date | null;
  revisedAt: Date | null;
  version: number;
  earlier: unknown;
  lateRevision: boolean;
};

/**
 * Every submitted class attempt's written answer to one item, for a class of this teacher: in roster order (name,
 * then attempt). Empty answers are left out (they scored zero when submitted). Null when the class is not theirs.
 */
export async function getWrittenAnswers(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  quiz: Quiz,
  item: WrittenItem,
): Promise<WrittenAnswerToScore[] | null> {
  if (!isUuid(classId)) return null;
  const owned = await db().prisma.class.count({ where: { id: classId, teacherId } });
  if (!owned) return null;
  const rows = await db().prisma.$queryRaw<AnswerRow[]>`
    SELECT q."id" AS "attemptId", l."displayName", q."number", a."response", a."rubricLevel", a."teacherComment",
           a."scoredAt", a."returnedAt", a."revisionAsked", a."revisionRequestedAt", a."revisedAt", a."version",
           ${EARLIER_VERSIONS_SQL} AS "earlier", ${LATE_REVISION_SQL} AS "lateRevision"
    FROM "Learner" l
    JOIN "QuizAttempt" q ON q."learnerId" = l."id" AND q."lessonSlug" = ${lesson.slug} AND q."quizId" = ${quiz.id}
                         AND q."status" = 'submitted' AND ${CLASS_ATTEMPT}
    JOIN "QuizAnswer" a ON a."attemptId" = q."id" AND a."itemId" = ${item.id}
    LEFT JOIN "Assignment" asg ON asg."classId" = l."classId" AND asg."lessonSlug" = q."lessonSlug"
    WHERE l."classId" = ${classId}::uuid
    ORDER BY lower(l."displayName"), l."id", q."number"`;
  return rows
    .filter((row) => hasWrittenText(row.response as WrittenResponse))
    .map((row) => ({
      attemptId: row.attemptId,
      studentName: row.displayName ?? '',
      attemptNumber: row.number,
      response: row.response as WrittenResponse,
      level: row.rubricLevel,
      comment: row.teacherComment ?? '',
      status: writtenStatus({ ...row, level: row.rubricLevel }),
      revisionAsked: row.revisionAsked,
      version: row.version,
      earlier: earlierVersions(row.earlier),
      lateRevision: row.lateRevision,
    }));
}

/** `revise`: returning this score asks the student for a revision (which needs a comment saying what to revise). */
export type ScoreInput = { attemptId: string; itemId: string; level: number; comment: string; revise?: boolean };

/**
 * Saves the teacher's level and comment for one written answer, and whether returning it asks for a revision
 * (autosaved while scoring; the student sees it once returned), and names the student it was saved for. Refused
 * ('not-found') unless the answer belongs to a submitted class attempt of a student in this teacher's class and is not
 * waiting for the student's revision; 'invalid' for a level outside the item's rubric or a comment that is too long or
 * not plain text; 'needs-comment' for a revision asked without a comment.
 */
export async function scoreWrittenAnswer(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  quiz: Quiz,
  input: ScoreInput,
): Promise<{ studentName: string } | 'invalid' | 'not-found' | 'needs-comment'> {
  const item = writtenItemOf(quiz, input.itemId);
  if (!item || !isUuid(classId) || !isUuid(input.attemptId)) return 'not-found';
  const typed = input.comment.replace(/\r\n?/g, '\n');
  if (!Number.isInteger(input.level) || input.level < 1 || input.level > item.rubric.length) return 'invalid';
  if ([...typed].length > MAX_COMMENT_CHARACTERS || !isPlainText(typed)) return 'invalid';
  // Refused above: what only a forged request sends. Stripped here: the invisible characters a paste brings along.
  const comment = withoutInvisible(typed);
  const revise = input.revise ?? false;
  if (revise && comment.trim() === '') return 'needs-comment';
  const updated = await db().prisma.$queryRaw<{ displayName: string | null }[]>`
    UPDATE "QuizAnswer" a
    SET "rubricLevel" = ${input.level}::smallint, "teacherComment" = ${comment.trim() === '' ? null : comment},
        "revisionAsked" = ${revise}, "scoredAt" = clock_timestamp()
    FROM "QuizAttempt" q, "Learner" l, "Class" c
    WHERE a."attemptId" = ${input.attemptId}::uuid AND a."itemId" = ${item.id} AND a."revisionRequestedAt" IS NULL
      AND q."id" = a."attemptId" AND q."lessonSlug" = ${lesson.slug} AND q."quizId" = ${quiz.id}
      AND q."status" = 'submitted' AND ${CLASS_ATTEMPT}
      AND l."id" = q."learnerId" AND c."id" = l."classId" AND c."id" = ${classId}::uuid
      AND c."teacherId" = ${teacherId}::uuid
    RETURNING l."displayName"`;
  return updated.length === 1 ? { studentName: updated[0]!.displayName ?? '' } : 'not-found';
}

/**
 * How much written work awaits the teacher in one of their classes, per quiz and per question, counted from the same
 * answers and status rule as the scoring page (all zero for someone else's class).
 */
export async function countWrittenWork(teacherId: string, classId: string, lesson: LoadedLesson): Promise<WrittenWork> {
  const quizzes = lesson.quizzes.map((quiz) => ({
    id: quiz.id,
    itemIds: quiz.items.filter((item) => item.type === 'written').map((item) => item.id),
  }));
  const itemIds = quizzes.flatMap((quiz) => quiz.itemIds);
  if (!isUuid(classId) || !itemIds.length) return tallyWrittenWork(quizzes, []);
  const rows = await db().prisma.$queryRaw<
    (Pick<AnswerRow, 'response' | 'rubricLevel' | 'scoredAt' | 'returnedAt' | 'revisionRequestedAt' | 'revisedAt'> & {
      quizId: string;
      itemId: string;
    })[]
  >`
    SELECT q."quizId", a."itemId", a."response", a."rubricLevel", a."scoredAt", a."returnedAt",
           a."revisionRequestedAt", a."revisedAt"
    FROM "Class" c
    JOIN "Learner" l ON l."classId" = c."id"
    JOIN "QuizAttempt" q ON q."learnerId" = l."id" AND q."lessonSlug" = ${lesson.slug}
                         AND q."status" = 'submitted' AND ${CLASS_ATTEMPT}
    JOIN "QuizAnswer" a ON a."attemptId" = q."id" AND a."itemId" IN (${Prisma.join(itemIds)})
    WHERE c."id" = ${classId}::uuid AND c."teacherId" = ${teacherId}::uuid`;
  return tallyWrittenWork(
    quizzes,
    rows
      .filter((row) => hasWrittenText(row.response as WrittenResponse))
      .map((row) => ({
        quizId: row.quizId,
        itemId: row.itemId,
        status: writtenStatus({ ...row, level: row.rubricLevel }),
      })),
  );
}
