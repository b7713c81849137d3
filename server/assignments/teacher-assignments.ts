import 'server-only';
import { toPacing, type Pacing } from '@/lib/assignments/pacing';
import type { AssignmentDates } from '@/lib/assignments/window';
import { isUuid } from '@/lib/ids';
import { db } from '../db/client';

// A teacher's side of assignments. Every statement names the teacher: another teacher's class (or student) is
// answered like one that does not exist, in the same query that would change it.

/** A timestamp column holds UTC wall time: an ISO string cast to it keeps exactly that, whatever the session's zone. */
const utc = (date: Date) => date.toISOString();

/**
 * An assignment as its teacher's form shows it: its dates, how it reveals the article, the quizzes locked for the
 * class and those that do not count (practice).
 */
export type TeacherAssignment = AssignmentDates & {
  pacing: Pacing;
  lockedQuizIds: string[];
  practiceQuizIds: string[];
};

/** The assignment of a lesson in one of the teacher's classes, or null. */
export async function getAssignment(
  teacherId: string,
  classId: string,
  lessonSlug: string,
): Promise<TeacherAssignment | null> {
  if (!isUuid(classId)) return null;
  const row = await db().prisma.assignment.findFirst({
    where: { classId, lessonSlug, class: { teacherId } },
    select: { opensAt: true, dueAt: true, closesAt: true, pacing: true, lockedQuizIds: true, practiceQuizIds: true },
  });
  return row && { ...row, pacing: toPacing(row.pacing) };
}

/**
 * Sets (or replaces) the dates, pacing and practice quizzes (those that do not count; the caller checked they are the
 * lesson's) of a lesson's assignment in the teacher's class; false when the class is not theirs. Locks are kept.
 */
export async function setAssignment(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  dates: AssignmentDates,
  pacing: Pacing = 'open',
  practiceQuizIds: readonly string[] = [],
): Promise<boolean> {
  if (!isUuid(classId)) return false;
  const written = await db().prisma.$executeRaw`
    INSERT INTO "Assignment"
      ("id", "classId", "lessonSlug", "opensAt", "dueAt", "closesAt", "pacing", "practiceQuizIds", "updatedAt")
    SELECT gen_random_uuid(), "id", ${lessonSlug}, ${utc(dates.opensAt)}::timestamp(3), ${utc(dates.dueAt)}::timestamp(3),
           ${dates.closesAt && utc(dates.closesAt)}::timestamp(3), ${pacing}, ${[...practiceQuizIds]}::text[], now()
    FROM "Class" WHERE "id" = ${classId}::uuid AND "teacherId" = ${teacherId}::uuid
    ON CONFLICT ("classId", "lessonSlug") DO UPDATE SET
      "opensAt" = EXCLUDED."opensAt", "dueAt" = EXCLUDED."dueAt", "closesAt" = EXCLUDED."closesAt",
      "pacing" = EXCLUDED."pacing", "practiceQuizIds" = EXCLUDED."practiceQuizIds", "updatedAt" = EXCLUDED."updatedAt"`;
  return written === 1;
}

/**
 * Locks one quiz of the lesson's assignment in the teacher's class for every student (or reopens it): the window
 * rule then closes it (lib/assignments/window.ts). Idempotent, so a double click changes nothing more; false when
 * there is no such assignment or the class is not the teacher's. The caller checked the quiz is the lesson's.
 */
export async function setQuizLocked(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  quizId: string,
  locked: boolean,
): Promise<boolean> {
  if (!isUuid(classId)) return false;
  // Removed first, so that locking twice stores the quiz once.
  const written = await db().prisma.$executeRaw`
    UPDATE "Assignment" a SET
      "lockedQuizIds" = CASE WHEN ${locked}::boolean THEN array_append(array_remove(a."lockedQuizIds", ${quizId}), ${quizId})
                             ELSE array_remove(a."lockedQuizIds", ${quizId}) END,
      "updatedAt" = now()
    FROM "Class" c
    WHERE c."id" = a."classId" AND c."teacherId" = ${teacherId}::uuid
      AND a."classId" = ${classId}::uuid AND a."lessonSlug" = ${lessonSlug}`;
  return written === 1;
}

/** One student's extension of the lesson's assignment in the teacher's class, or null. */
export async function getExtension(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  learnerId: string,
): Promise<Date | null> {
  if (!isUuid(classId) || !isUuid(learnerId)) return null;
  const row = await db().prisma.assignmentExtension.findFirst({
    where: { learnerId, assignment: { classId, lessonSlug, class: { teacherId } } },
    select: { closesAt: true },
  });
  return row?.closesAt ?? null;
}

/**
 * Lets one student of the teacher's class work on the lesson's assignment until `closesAt`, whatever its own close
 * date; false when there is no such assignment, or the class or the student is not the teacher's.
 */
export async function extendAssignment(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  learnerId: string,
  closesAt: Date,
): Promise<boolean> {
  if (!isUuid(classId) || !isUuid(learnerId)) return false;
  const written = await db().prisma.$executeRaw`
    INSERT INTO "AssignmentExtension" ("assignmentId", "learnerId", "closesAt")
    SELECT a."id", l."id", ${utc(closesAt)}::timestamp(3)
    FROM "Assignment" a
    JOIN "Class" c ON c."id" = a."classId" AND c."teacherId" = ${teacherId}::uuid
    JOIN "Learner" l ON l."classId" = c."id" AND l."id" = ${learnerId}::uuid
    WHERE a."classId" = ${classId}::uuid AND a."lessonSlug" = ${lessonSlug}
    ON CONFLICT ("assignmentId", "learnerId") DO UPDATE SET "closesAt" = EXCLUDED."closesAt"`;
  return written === 1;
}
