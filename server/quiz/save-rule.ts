import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { assignmentState, takesWork, type AssignmentDates } from '@/lib/assignments/window';
import { studentCloseSql } from '../assignments/student-dates';

/** The answer stored for an item, as far as the save rule reads it. */
export type StoredAnswer = { saveId: string; seq: number; checkedAt: Date | null };

/**
 * A save as the rule judges it. `force`: the student pressed the item's button (Check, or Save for a written answer),
 * their latest word, stored over a newer draft's sequence number; drafts (autosaves) only replace older drafts.
 */
export type IncomingSave = { saveId: string; seq: number; force: boolean };

export type AnswerRefusal = 'duplicate' | 'already-checked' | 'stale';

type Refusal = {
  status: AnswerRefusal;
  applies: (stored: StoredAnswer, save: IncomingSave) => boolean;
  /** The same condition in the save statement's `ON CONFLICT … DO UPDATE`: "QuizAnswer" is the stored row, EXCLUDED the save. */
  sql: (save: IncomingSave) => Prisma.Sql;
};

/**
 * What a save may not change, in the order a refusal is reported: this very save again, a checked answer (final),
 * a newer one. Each condition is written once for the statement that writes (answer-write.ts) and once, beside it,
 * for saying why nothing was written (attempts.ts `saveAnswer`); save-rule.integration.test.ts runs both on every
 * case and expects them to agree.
 */
export const ANSWER_REFUSALS: readonly Refusal[] = [
  {
    status: 'duplicate',
    applies: (stored, save) => stored.saveId === save.saveId,
    sql: () => Prisma.sql`"QuizAnswer"."saveId" = EXCLUDED."saveId"`,
  },
  {
    status: 'already-checked',
    applies: (stored) => stored.checkedAt !== null,
    sql: () => Prisma.sql`"QuizAnswer"."checkedAt" IS NOT NULL`,
  },
  {
    status: 'stale',
    applies: (stored, save) => stored.seq >= save.seq && !save.force,
    sql: (save) => Prisma.sql`("QuizAnswer"."seq" >= EXCLUDED."seq" AND NOT ${save.force}::boolean)`,
  },
];

/** Why this save may not replace the stored answer, or null when it may. */
export function answerRefusal(stored: StoredAnswer | null, save: IncomingSave): AnswerRefusal | null {
  if (!stored) return null;
  return ANSWER_REFUSALS.find((refusal) => refusal.applies(stored, save))?.status ?? null;
}

/** The statement's condition for replacing the stored answer: none of the refusals applies. */
export function mayReplaceSql(save: IncomingSave): Prisma.Sql {
  return Prisma.sql`NOT (${Prisma.join(
    ANSWER_REFUSALS.map((refusal) => refusal.sql(save)),
    ' OR ',
  )})`;
}

/** An attempt takes saves while it is in progress; practice attempts (guest work from before joining) are kept as left. */
export const attemptTakesSaves = (attempt: { status: string; practice: boolean }) =>
  attempt.status === 'in_progress' && !attempt.practice;
export const ATTEMPT_TAKES_SAVES_SQL = Prisma.sql`"status" = 'in_progress' AND NOT "practice"`;

/**
 * A submitted class attempt takes a save to one written answer, and only that one, while its teacher's request for a
 * revision stands (returned with the request, not yet resubmitted: server/quiz/revisions.ts). The SQL is a condition
 * on a "QuizAttempt" row and the item the save names.
 */
export const revisionTakesSave = (
  attempt: { status: string; practice: boolean },
  stored: { revisionRequestedAt: Date | null } | null,
) => attempt.status === 'submitted' && !attempt.practice && stored?.revisionRequestedAt != null;
export const revisionTakesSaveSql = (itemId: string) => Prisma.sql`("status" = 'submitted' AND NOT "practice"
  AND EXISTS (SELECT 1 FROM "QuizAnswer" r WHERE r."attemptId" = "QuizAttempt"."id" AND r."itemId" = ${itemId}
                AND r."revisionRequestedAt" IS NOT NULL))`;

/** Whether an attempt takes this save: in progress, or submitted with a revision requested of this answer. */
export const attemptTakesSave = (
  attempt: { status: string; practice: boolean },
  stored: { revisionRequestedAt: Date | null } | null,
) => attemptTakesSaves(attempt) || revisionTakesSave(attempt, stored);
export const attemptTakesSaveSql = (itemId: string) =>
  Prisma.sql`((${ATTEMPT_TAKES_SAVES_SQL}) OR ${revisionTakesSaveSql(itemId)})`;

/**
 * In the statement's `ON CONFLICT … DO UPDATE … WHERE`, judged on the stored answer's latest version: a save to a
 * submitted attempt still finds the request there (a resubmit in another tab, committed while this save waited,
 * ends it). `attempt` is the statement's locked attempt (answer-write.ts).
 */
export const REQUEST_STILL_STANDS_SQL = Prisma.sql`((SELECT "status" FROM attempt) = 'in_progress'
  OR "QuizAnswer"."revisionRequestedAt" IS NOT NULL)`;

/** A save is stored as checked (graded and locked) only when the student asked and the attempt gives feedback at once. */
export const savesCheckedSql = (check: boolean) => Prisma.sql`"feedbackMode" = 'immediate' AND ${check}::boolean`;

/**
 * A class student's attempt takes work only while their assignment of the lesson (if any) is open or late: not before
 * it opens, nor after it closes (later by their extended dates) unless their extension runs later, nor while the teacher has locked its quiz unless
 * their extension still runs (lib/assignments/window.ts). Guests and lessons without an assignment are not concerned.
 * The SQL is a condition on a "QuizAttempt" row, in the database's clock (UTC).
 */
export const windowTakesWork = (
  assignment: (AssignmentDates & { extendedUntil: Date | null; lockedQuizIds?: string[] }) | null,
  quizId: string,
  now: Date,
) =>
  !assignment ||
  takesWork(
    assignmentState(assignment, assignment.extendedUntil, now, assignment.lockedQuizIds?.includes(quizId) ?? false),
  );
export const WINDOW_TAKES_WORK_SQL = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM "Learner" l
  JOIN "Assignment" a ON a."classId" = l."classId" AND a."lessonSlug" = "QuizAttempt"."lessonSlug"
  LEFT JOIN "AssignmentExtension" e ON e."assignmentId" = a."id" AND e."learnerId" = l."id"
  WHERE l."id" = "QuizAttempt"."learnerId"
    AND ((now() AT TIME ZONE 'UTC') < a."opensAt"
      OR (a."closesAt" IS NOT NULL AND (now() AT TIME ZONE 'UTC') > GREATEST(${studentCloseSql('a', 'l')}, e."closesAt"))
      OR ("QuizAttempt"."quizId" = ANY(a."lockedQuizIds")
        AND (e."closesAt" IS NULL OR (now() AT TIME ZONE 'UTC') > e."closesAt"))))`;
