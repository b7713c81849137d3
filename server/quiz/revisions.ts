import 'server-only';
import { writtenStatus, type EarlierVersion, type WrittenStatus } from '@/lib/dashboard/written-scoring';
import { hasWrittenText, type WrittenResponse } from '@/lib/grading/responses';
import { isUuid } from '@/lib/ids';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { workRefusal } from '../assignments/student-window';
import { db } from '../db/client';
import type { WorkRefusal } from './attempts';
import { EARLIER_VERSIONS_SQL, earlierVersions } from './written-versions';

/** A written answer of the learner's own, as their results and the revision page show it. */
export type OwnWrittenAnswer = {
  itemId: string;
  response: WrittenResponse;
  status: WrittenStatus;
  version: number;
  earlier: EarlierVersion[];
};

type Row = {
  itemId: string;
  response: WrittenResponse;
  rubricLevel: number | null;
  scoredAt: Date | null;
  returnedAt: Date | null;
  revisionRequestedAt: Date | null;
  revisedAt: Date | null;
  version: number;
  earlier: unknown;
};

/**
 * The written answers of one of the learner's own attempts that a teacher has scored or asked to revise (none for
 * someone else's attempt), with their status and earlier versions. The pages show a level only once it is 'returned'.
 */
export async function ownWrittenAnswers(learnerId: string, attemptId: string): Promise<OwnWrittenAnswer[]> {
  if (!isUuid(learnerId) || !isUuid(attemptId)) return [];
  const rows = await db().prisma.$queryRaw<Row[]>`
    SELECT a."itemId", a."response", a."rubricLevel", a."scoredAt", a."returnedAt", a."revisionRequestedAt",
           a."revisedAt", a."version", ${EARLIER_VERSIONS_SQL} AS "earlier"
    FROM "QuizAttempt" q
    JOIN "QuizAnswer" a ON a."attemptId" = q."id"
    JOIN "Learner" l ON l."id" = q."learnerId"
    LEFT JOIN "Assignment" asg ON asg."classId" = l."classId" AND asg."lessonSlug" = q."lessonSlug"
    WHERE q."id" = ${attemptId}::uuid AND q."learnerId" = ${learnerId}::uuid
      AND (a."version" > 1 OR a."revisionRequestedAt" IS NOT NULL OR a."rubricLevel" IS NOT NULL)`;
  return rows.map((row) => ({
    itemId: row.itemId,
    response: row.response,
    status: writtenStatus({ ...row, level: row.rubricLevel }),
    version: row.version,
    earlier: earlierVersions(row.earlier),
  }));
}

/** The learner's answer to one written item of their submitted attempt at this quiz, while a revision of it is asked. */
export async function answerToRevise(
  learnerId: string,
  lesson: LoadedLesson,
  quizId: string,
  attemptId: string,
  itemId: string,
): Promise<OwnWrittenAnswer | null> {
  if (!isUuid(attemptId)) return null;
  const attempt = await db().prisma.quizAttempt.count({
    where: { id: attemptId, learnerId, lessonSlug: lesson.slug, quizId, status: 'submitted', practice: false },
  });
  if (!attempt) return null;
  const answer = (await ownWrittenAnswers(learnerId, attemptId)).find((entry) => entry.itemId === itemId);
  return answer?.status === 'revisionRequested' ? answer : null;
}

export type ResubmitResult = 'resubmitted' | 'already-resubmitted' | 'empty' | 'not-found' | WorkRefusal;

/**
 * Sends the learner's revision of one written answer back to their teacher: it ends the request, so the answer is
 * 'revised' (awaiting a level) and takes no more saves. Once: the attempt row is locked as a save locks it, and a
 * second resubmit (double click, another tab) finds the request gone and changes nothing. Refused while the
 * student's assignment of the lesson takes no work (not open, or closed for them); after the due date it is taken,
 * and flagged late by its time.
 */
export async function resubmitRevision(
  lesson: LoadedLesson,
  learnerId: string,
  attemptId: string,
  itemId: string,
): Promise<ResubmitResult> {
  if (!isUuid(attemptId) || !isUuid(learnerId)) return 'not-found';
  return db().prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; quizId: string }[]>`
      SELECT "id", "quizId" FROM "QuizAttempt"
      WHERE "id" = ${attemptId}::uuid AND "learnerId" = ${learnerId}::uuid AND "lessonSlug" = ${lesson.slug}
        AND "status" = 'submitted' AND NOT "practice"
      FOR UPDATE`;
    if (!locked.length) return 'not-found';
    const answer = await tx.quizAnswer.findUnique({
      where: { attemptId_itemId: { attemptId, itemId } },
      select: { response: true, revisionRequestedAt: true, revisedAt: true },
    });
    if (!answer) return 'not-found';
    if (!answer.revisionRequestedAt) return answer.revisedAt ? 'already-resubmitted' : 'not-found';
    const refused = await workRefusal(learnerId, lesson.slug, locked[0]!.quizId, tx);
    if (refused) return refused;
    if (!hasWrittenText(answer.response as WrittenResponse)) return 'empty';
    await tx.quizAnswer.update({
      where: { attemptId_itemId: { attemptId, itemId } },
      data: { revisionRequestedAt: null, revisedAt: new Date() },
    });
    return 'resubmitted';
  });
}
