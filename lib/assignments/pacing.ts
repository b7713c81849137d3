import { z } from 'zod';
import { assignmentState, type AssignmentDates } from './window';

/**
 * How an assignment reveals the article: all at once ("open"); section by section, each after the checkpoint
 * questions of the one before, at the student's pace ("guided"); or up to the section the teacher has opened
 * ("teacher"). The rule is server/assignments/sections.ts.
 */
export const PACINGS = ['open', 'guided', 'teacher'] as const;
export const PacingSchema = z.enum(PACINGS);
export type Pacing = z.infer<typeof PacingSchema>;

/** A stored pacing read back; an unknown value (a newer app's) reveals everything, as before pacing existed. */
export function toPacing(value: string | null | undefined): Pacing {
  const parsed = PacingSchema.safeParse(value);
  return parsed.success ? parsed.data : 'open';
}

/**
 * How a student's reading of the lesson is paced now: their class assignment's pacing while it takes their work, and
 * open otherwise (guests, unassigned lessons, before the opening and after the close, when no checkpoint can be
 * answered: a gate then would hide the rest of the text for good).
 */
export function pacingNow(
  assignment: (AssignmentDates & { extendedUntil: Date | null; pacing: Pacing }) | null,
  now: Date,
): Pacing {
  if (!assignment) return 'open';
  const state = assignmentState(assignment, assignment.extendedUntil, now);
  return state === 'open' || state === 'late' ? assignment.pacing : 'open';
}
