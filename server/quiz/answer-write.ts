import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { ItemGrade } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import { db } from '../db/client';
import { DEFAULT_SUPPORTS_ON } from '../supports/profiles';
import {
  attemptTakesSaveSql,
  mayReplaceSql,
  REQUEST_STILL_STANDS_SQL,
  savesCheckedSql,
  WINDOW_TAKES_WORK_SQL,
} from './save-rule';

export type AnswerWrite = {
  learnerId: string;
  attemptId: string;
  lessonSlug: string;
  quizId: string;
  itemId: string;
  saveId: string;
  seq: number;
  /** The response, already parsed against its item. */
  response: ItemResponse;
  /** The student asked to check it; stored as checked only if the attempt gives immediate feedback (save-rule.ts). */
  check: boolean;
  /**
   * The student pressed the item's button (Check, or Save for a written answer): their latest word, stored over a
   * newer draft's sequence number. Drafts (autosaves) only replace older drafts.
   */
  force: boolean;
  /** Its grade when the student asked to check it, stored with it if it is checked. */
  grade: ItemGrade | null;
};

const REVISING = Prisma.sql`"QuizAnswer"."revisionRequestedAt" IS NOT NULL`;

// PostgreSQL's unique_violation, as Prisma reports it for a raw statement (P2010, with the driver's own error): the
// saveId belongs to another answer.
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
  return error.code === 'P2002' || cause?.originalCode === '23505';
}

/**
 * The one statement that writes an answer: to the learner's own attempt at this quiz, while it takes saves (in progress,
 * or submitted with a revision of this written answer requested) and while
 * the student's assignment of the lesson, if any, is open or late (the rules in save-rule.ts), locked for the
 * statement as a submit locks it; over no stored answer, or one the save rule lets it replace. The conditions on the
 * stored answer sit in `ON CONFLICT … DO UPDATE … WHERE`, so they are judged on its latest version. Returns null when
 * nothing was written: saveAnswer then reads why (a repeated save, a checked or newer answer, a submitted attempt,
 * an assignment not open or closed, someone else's).
 */
export async function writeAnswerAtOnce(write: AnswerWrite): Promise<{ checked: boolean; optionSeed: number } | null> {
  const gradeJson = write.grade ? JSON.stringify(write.grade) : null;
  try {
    const rows = await db().prisma.$queryRaw<{ checked: boolean; optionSeed: number }[]>`
      WITH attempt AS (
        SELECT "id", "status", ${savesCheckedSql(write.check)} AS "checks", "optionSeed",
               -- The supports on as this answer is saved, recorded with it (server/supports/profiles.ts).
               (SELECT CASE WHEN l."supportProfile" IS NULL AND cardinality(l."supportsChosen") = 0
                            THEN ${DEFAULT_SUPPORTS_ON}::text[] ELSE l."supportsOn" END
                FROM "Learner" l WHERE l."id" = ${write.learnerId}::uuid) AS "supportsOn"
        FROM "QuizAttempt"
        WHERE "id" = ${write.attemptId}::uuid AND "learnerId" = ${write.learnerId}::uuid
          AND "lessonSlug" = ${write.lessonSlug} AND "quizId" = ${write.quizId}
          AND ${attemptTakesSaveSql(write.itemId)} AND ${WINDOW_TAKES_WORK_SQL}
        FOR UPDATE
      ), written AS (
        INSERT INTO "QuizAnswer"
          ("attemptId", "itemId", "response", "saveId", "seq", "checkedAt", "score", "correct", "grade", "supportsOn",
           "updatedAt")
        SELECT "id", ${write.itemId}, ${JSON.stringify(write.response)}::jsonb, ${write.saveId}::uuid, ${write.seq}::int,
               CASE WHEN "checks" THEN now() END,
               CASE WHEN "checks" THEN ${write.grade?.score ?? null}::double precision END,
               CASE WHEN "checks" THEN ${write.grade?.correct ?? null}::boolean END,
               CASE WHEN "checks" THEN ${gradeJson}::jsonb END,
               "supportsOn", now()
        FROM attempt
        ON CONFLICT ("attemptId", "itemId") DO UPDATE SET
          "response" = EXCLUDED."response", "saveId" = EXCLUDED."saveId",
          "seq" = GREATEST(EXCLUDED."seq", "QuizAnswer"."seq"), "checkedAt" = EXCLUDED."checkedAt",
          -- A revision keeps the returned score (and the points it gave) until its own score is returned.
          "score" = CASE WHEN ${REVISING} THEN "QuizAnswer"."score" ELSE EXCLUDED."score" END,
          "correct" = CASE WHEN ${REVISING} THEN "QuizAnswer"."correct" ELSE EXCLUDED."correct" END,
          "grade" = CASE WHEN ${REVISING} THEN "QuizAnswer"."grade" ELSE EXCLUDED."grade" END,
          "supportsOn" = EXCLUDED."supportsOn", "updatedAt" = EXCLUDED."updatedAt"
        WHERE ${mayReplaceSql(write)} AND ${REQUEST_STILL_STANDS_SQL}
        RETURNING "checkedAt" IS NOT NULL AS "checked"
      )
      SELECT written."checked", attempt."optionSeed" FROM written, attempt`;
    return rows[0] ?? null;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
