import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { isUuid } from '@/lib/ids';
import { db } from '../db/client';

/**
 * SQL true for a class attempt (`q`) whose teacher has returned written scores that the student has not yet opened:
 * returning sets "feedbackSeenAt" back to null (server/teacher/written-scores.ts), opening the results sets it.
 */
export const UNSEEN_FEEDBACK = Prisma.sql`(q."feedbackSeenAt" IS NULL AND q."status" = 'submitted' AND NOT q."practice"
  AND EXISTS (SELECT 1 FROM "QuizAnswer" r WHERE r."attemptId" = q."id" AND r."returnedAt" IS NOT NULL))`;

/** SQL true for an attempt (`q`) with a written answer its teacher asks the student to revise (not yet sent back). */
export const REVISION_ASKED = Prisma.sql`EXISTS (SELECT 1 FROM "QuizAnswer" r
  WHERE r."attemptId" = q."id" AND r."revisionRequestedAt" IS NOT NULL)`;

/**
 * Records that the learner opened the results of one of their attempts, if its returned feedback was still unseen.
 * Only that time is stored; a second visit changes nothing.
 */
export async function recordFeedbackSeen(learnerId: string, attemptId: string): Promise<void> {
  if (!isUuid(attemptId) || !isUuid(learnerId)) return;
  await db().prisma.$executeRaw`
    UPDATE "QuizAttempt" q SET "feedbackSeenAt" = now()
    WHERE q."id" = ${attemptId}::uuid AND q."learnerId" = ${learnerId}::uuid AND ${UNSEEN_FEEDBACK}`;
}
