import 'server-only';
import type { Quiz, WrittenItem } from '@/content/quiz-schema';
import { Prisma } from '@/generated/prisma/client';
import { hasWrittenText, isPlainText, type WrittenResponse } from '@/lib/grading/responses';
import { attemptPoints } from '@/lib/grading/grade-item';
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
           a."scoredAt", a."returnedAt"
    FROM "Learner" l
    JOIN "QuizAttempt" q ON q."learnerId" = l."id" AND q."lessonSlug" = ${lesson.slug} AND q."quizId" = ${quiz.id}
                         AND q."status" = 'submitted' AND ${CLASS_ATTEMPT}
    JOIN "QuizAnswer" a ON a."attemptId" = q."id" AND a."itemId" = ${item.id}
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
      status: writtenStatus({ level: row.rubricLevel, scoredAt: row.scoredAt, returnedAt: row.returnedAt }),
    }));
}

export type ScoreInput = { attemptId: string; itemId: string; level: number; comment: string };

/**
 * Saves the teacher's level and comment for one written answer (autosaved while scoring; the student sees it once
 * returned) and names the student it was saved for. Refused ('not-found') unless the answer belongs to a submitted class attempt of a student in this
 * teacher's class; 'invalid' for a level outside the item's rubric or a comment that is too long or not plain text.
 */
export async function scoreWrittenAnswer(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  quiz: Quiz,
  input: ScoreInput,
): Promise<{ studentName: string } | 'invalid' | 'not-found'> {
  const item = writtenItemOf(quiz, input.itemId);
  if (!item || !isUuid(classId) || !isUuid(input.attemptId)) return 'not-found';
  const typed = input.comment.replace(/\r\n?/g, '\n');
  if (!Number.isInteger(input.level) || input.level < 1 || input.level > item.rubric.length) return 'invalid';
  if ([...typed].length > MAX_COMMENT_CHARACTERS || !isPlainText(typed)) return 'invalid';
  // Refused above: what only a forged request sends. Stripped here: the invisible characters a paste brings along.
  const comment = withoutInvisible(typed);
  const updated = await db().prisma.$queryRaw<{ displayName: string | null }[]>`
    UPDATE "QuizAnswer" a
    SET "rubricLevel" = ${input.level}::smallint, "teacherComment" = ${comment.trim() === '' ? null : comment},
        "scoredAt" = clock_timestamp()
    FROM "QuizAttempt" q, "Learner" l, "Class" c
    WHERE a."attemptId" = ${input.attemptId}::uuid AND a."itemId" = ${item.id}
      AND q."id" = a."attemptId" AND q."lessonSlug" = ${lesson.slug} AND q."quizId" = ${quiz.id}
      AND q."status" = 'submitted' AND ${CLASS_ATTEMPT}
      AND l."id" = q."learnerId" AND c."id" = l."classId" AND c."id" = ${classId}::uuid
      AND c."teacherId" = ${teacherId}::uuid
    RETURNING l."displayName"`;
  return updated.length === 1 ? { studentName: updated[0]!.displayName ?? '' } : 'not-found';
}

/**
 * Returns the class's scored written answers of a quiz to their students: each level becomes the answer's score
 * (level 1 scores 0, the top level 1, evenly between) and grade, with the comment; each attempt's points are
 * counted again (recountPoints), and the student is told there is feedback to see (server/quiz/teacher-feedback.ts). Only answers
 * scored since their last return change, so returning twice changes nothing. Returns
 * how many answers were returned, or null when the class is not this teacher's.
 */
export async function returnWrittenScores(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  quiz: Quiz,
): Promise<number | null> {
  if (!isUuid(classId)) return null;
  const writtenItems = quiz.items.filter((item): item is WrittenItem => item.type === 'written');
  return db().prisma.$transaction(async (tx) => {
    const owned = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Class" WHERE "id" = ${classId}::uuid AND "teacherId" = ${teacherId}::uuid FOR UPDATE`;
    if (!owned.length) return null;
    const attempts = new Set<string>();
    let answers = 0;
    for (const item of writtenItems) {
      const top = item.rubric.length;
      const returned = await tx.$queryRaw<{ attemptId: string }[]>`
        UPDATE "QuizAnswer" a
        SET "score" = (a."rubricLevel" - 1)::float8 / ${top - 1},
            "correct" = a."rubricLevel" = ${top},
            "grade" = jsonb_build_object(
              'score', (a."rubricLevel" - 1)::float8 / ${top - 1},
              'correct', a."rubricLevel" = ${top},
              'misconceptions', '[]'::jsonb,
              'rubric', jsonb_build_object('level', a."rubricLevel", 'comment', a."teacherComment")),
            "returnedAt" = a."scoredAt"
        FROM "QuizAttempt" q, "Learner" l
        WHERE a."itemId" = ${item.id} AND a."rubricLevel" IS NOT NULL
          AND (a."returnedAt" IS NULL OR a."returnedAt" < a."scoredAt")
          AND q."id" = a."attemptId" AND q."lessonSlug" = ${lesson.slug} AND q."quizId" = ${quiz.id}
          AND q."status" = 'submitted' AND ${CLASS_ATTEMPT}
          AND l."id" = q."learnerId" AND l."classId" = ${classId}::uuid
        RETURNING a."attemptId"`;
      answers += returned.length;
      for (const row of returned) attempts.add(row.attemptId);
    }
    if (attempts.size) await recountPoints(tx, quiz, [...attempts]);
    return answers;
  });
}

/**
 * Counts the attempts' points again from their stored scores, by the rule a submit counts them with (`attemptPoints`):
 * an item without an answer scores 0, a written answer still waiting for its score is not counted. The students are
 * told there is feedback to see.
 */
async function recountPoints(tx: Prisma.TransactionClient, quiz: Quiz, attemptIds: string[]): Promise<void> {
  const rows = await tx.quizAnswer.findMany({
    where: { attemptId: { in: attemptIds } },
    select: { attemptId: true, itemId: true, score: true },
  });
  const scores = new Map(rows.map((row) => [`${row.attemptId}:${row.itemId}`, row.score]));
  const points = attemptIds.map((id) => {
    const { pointsEarned, pointsPossible } = attemptPoints(
      quiz.items.map((item) => {
        const score = scores.get(`${id}:${item.id}`);
        return score === undefined ? 0 : score;
      }),
    );
    return Prisma.sql`(${id}::uuid, ${pointsEarned}::float8, ${pointsPossible}::int)`;
  });
  await tx.$executeRaw`
    UPDATE "QuizAttempt" q
    SET "pointsEarned" = v."earned", "pointsPossible" = v."possible", "feedbackSeenAt" = NULL
    FROM (VALUES ${Prisma.join(points)}) AS v("id", "earned", "possible")
    WHERE q."id" = v."id"`;
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
    (Omit<AnswerRow, 'attemptId' | 'displayName' | 'number' | 'teacherComment'> & {
      quizId: string;
      itemId: string;
    })[]
  >`
    SELECT q."quizId", a."itemId", a."response", a."rubricLevel", a."scoredAt", a."returnedAt"
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
        status: writtenStatus({ level: row.rubricLevel, scoredAt: row.scoredAt, returnedAt: row.returnedAt }),
      })),
  );
}
