import 'server-only';
import { toPacing, type Pacing } from '@/lib/assignments/pacing';
import { assignmentState, type AssignmentDates, type AssignmentState } from '@/lib/assignments/window';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '../db/client';

/** The client to read with: the app's, or a transaction's (a submit reads inside its own). */
type Reader = Prisma.TransactionClient;

/** A class student's assignment of a lesson, with their own extension: what the pages and the gate read. */
export type StudentAssignment = AssignmentDates & {
  extendedUntil: Date | null;
  pacing: Pacing;
  /** Teacher-paced: the last section (0-based) the teacher has opened. */
  openedSection: number;
};

/** The assignment of this lesson in the learner's class, with their extension; null for guests and unassigned lessons. */
export async function studentAssignment(
  learnerId: string,
  lessonSlug: string,
  reader: Reader = db().prisma,
): Promise<StudentAssignment | null> {
  const learner = await reader.learner.findUnique({
    where: { id: learnerId },
    select: {
      class: {
        select: {
          assignments: {
            where: { lessonSlug },
            select: {
              opensAt: true,
              dueAt: true,
              closesAt: true,
              pacing: true,
              openedSection: true,
              extensions: { where: { learnerId }, select: { closesAt: true } },
            },
          },
        },
      },
    },
  });
  const assignment = learner?.class?.assignments[0];
  if (!assignment) return null;
  const { extensions, pacing, ...dates } = assignment;
  return { ...dates, pacing: toPacing(pacing), extendedUntil: extensions[0]?.closesAt ?? null };
}

/** Why the assignment takes none of this student's work at `now` ('not-open' or 'closed'), or null when it does. */
export function windowRefusal(assignment: StudentAssignment, now: Date = new Date()): 'not-open' | 'closed' | null {
  return refusalOf(assignmentState(assignment, assignment.extendedUntil, now));
}

/** Why this learner's work on the lesson is not taken now ('not-open' or 'closed'), or null when it is. */
export async function workRefusal(
  learnerId: string,
  lessonSlug: string,
  reader: Reader = db().prisma,
  now: Date = new Date(),
): Promise<'not-open' | 'closed' | null> {
  const assignment = await studentAssignment(learnerId, lessonSlug, reader);
  return assignment ? refusalOf(assignmentState(assignment, assignment.extendedUntil, now)) : null;
}

const refusalOf = (state: AssignmentState) =>
  state === 'upcoming' ? ('not-open' as const) : state === 'closed' ? ('closed' as const) : null;
