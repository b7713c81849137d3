import 'server-only';
import { toPacing, type Pacing } from '@/lib/assignments/pacing';
import { assignmentState, withExtendedDays, type AssignmentDates } from '@/lib/assignments/window';
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
  /** The quizzes the teacher has locked for the class (closed now, but for a student whose extension runs). */
  lockedQuizIds: string[];
  /** The quizzes that do not count: practice. */
  practiceQuizIds: string[];
};

/**
 * The assignment of this lesson in the learner's class, at their own dates, with their extension; null for guests and
 * unassigned lessons.
 */
export async function studentAssignment(
  learnerId: string,
  lessonSlug: string,
  reader: Reader = db().prisma,
): Promise<StudentAssignment | null> {
  // One statement: a student's first save reads this before it starts an attempt, all of a class at once.
  const [row] = await reader.$queryRaw<(AssignmentDates & AssignmentRow)[]>`
    SELECT a."opensAt", a."dueAt", a."closesAt", a."pacing", a."openedSection", a."lockedQuizIds",
           a."practiceQuizIds", l."extendedDays", e."closesAt" AS "extendedUntil"
    FROM "Learner" l
    JOIN "Assignment" a ON a."classId" = l."classId" AND a."lessonSlug" = ${lessonSlug}
    LEFT JOIN "AssignmentExtension" e ON e."assignmentId" = a."id" AND e."learnerId" = l."id"
    WHERE l."id" = ${learnerId}::uuid`;
  if (!row) return null;
  const { extendedDays, extendedUntil, pacing, ...dates } = row;
  return { ...withExtendedDays(dates, extendedDays), pacing: toPacing(pacing), extendedUntil };
}

type AssignmentRow = {
  pacing: string;
  openedSection: number;
  lockedQuizIds: string[];
  practiceQuizIds: string[];
  extendedDays: number;
  extendedUntil: Date | null;
};

/**
 * Why the assignment takes none of this student's work on a quiz at `now` ('not-open' or 'closed'), or null when it
 * does. `quizId` null: the lesson itself (guided reading's page), which no lock concerns.
 */
export function windowRefusal(
  assignment: StudentAssignment,
  quizId: string | null,
  now: Date = new Date(),
): 'not-open' | 'closed' | null {
  const locked = quizId !== null && assignment.lockedQuizIds.includes(quizId);
  const state = assignmentState(assignment, assignment.extendedUntil, now, locked);
  return state === 'upcoming' ? 'not-open' : state === 'closed' ? 'closed' : null;
}

/** Why this learner's work on the lesson's quiz is not taken now ('not-open' or 'closed'), or null when it is. */
export async function workRefusal(
  learnerId: string,
  lessonSlug: string,
  quizId: string,
  reader: Reader = db().prisma,
  now: Date = new Date(),
): Promise<'not-open' | 'closed' | null> {
  const assignment = await studentAssignment(learnerId, lessonSlug, reader);
  return assignment ? windowRefusal(assignment, quizId, now) : null;
}
