import { z } from 'zod';
import { QuizIdSchema } from '@/content/quiz-schema';
import type { AssignmentDates } from './window';
import { PACINGS } from './pacing';
import { fromLocalInput } from '../time-zone';

/** A datetime-local value as the browser sends it ("2026-12-10T09:30"); seconds are not asked for. */
const LocalInputSchema = z.string().max(20);

/** The pacings the assignment form offers: all of them (teacher-paced runs from the class's "Run from the front" page). */
export const FORM_PACINGS = PACINGS;

/** The assignment form's fields: the lesson, then its dates as the teacher typed them in their time zone. */
export const AssignmentFormSchema = z.object({
  classId: z.string().max(40),
  lessonSlug: z.string().max(100),
  opensAt: LocalInputSchema,
  dueAt: LocalInputSchema,
  closesAt: LocalInputSchema.optional(),
  /** Without a choice (an older form), the article stays open. */
  pacing: z.enum(FORM_PACINGS).default('open'),
  /** The quizzes that count, one value per ticked checkbox (action-kit `lists`): at least one, each a lesson's quiz. */
  counted: z
    .array(QuizIdSchema)
    .min(1)
    .max(QuizIdSchema.options.length * 2),
});

/** The lesson's quizzes the teacher left unticked: stored as practice (Assignment.practiceQuizIds). */
export const practiceQuizIds = (quizIds: readonly string[], counted: readonly string[]) =>
  quizIds.filter((quizId) => !counted.includes(quizId));

/** The lock form's fields: one quiz of the lesson, locked for the class ("true") or reopened ("false"). */
export const QuizLockFormSchema = z.object({
  classId: z.string().max(40),
  lessonSlug: z.string().max(100),
  quizId: QuizIdSchema,
  locked: z.enum(['true', 'false']),
});

/** The extension form's fields: the student and the moment they may work until, in the teacher's time zone. */
export const ExtensionFormSchema = z.object({
  classId: z.string().max(40),
  lessonSlug: z.string().max(100),
  learnerId: z.string().max(40),
  closesAt: LocalInputSchema,
});

/** What is wrong with a field: not a date, or before the date it must follow. */
export type DateProblem = 'date' | 'dueBeforeOpens' | 'closeBeforeDue';

/**
 * The typed dates as instants in the teacher's zone, checked in order (due on or after the opening, close on or after
 * the due date), or the problem of each field that fails.
 */
export function readAssignmentDates(
  input: { opensAt: string; dueAt: string; closesAt?: string },
  timeZone: string,
): { ok: true; dates: AssignmentDates } | { ok: false; problems: Partial<Record<keyof AssignmentDates, DateProblem>> } {
  const opensAt = fromLocalInput(input.opensAt, timeZone);
  const dueAt = fromLocalInput(input.dueAt, timeZone);
  const closesAt = input.closesAt ? fromLocalInput(input.closesAt, timeZone) : null;
  const problems: Partial<Record<keyof AssignmentDates, DateProblem>> = {};
  if (!opensAt) problems.opensAt = 'date';
  if (!dueAt) problems.dueAt = 'date';
  else if (opensAt && dueAt < opensAt) problems.dueAt = 'dueBeforeOpens';
  if (input.closesAt && !closesAt) problems.closesAt = 'date';
  else if (closesAt && dueAt && closesAt < dueAt) problems.closesAt = 'closeBeforeDue';
  if (!opensAt || !dueAt || Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, dates: { opensAt, dueAt, closesAt } };
}
