import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { ClassSettings } from '@/lib/account-rules';
import { toCountedAttempt } from '@/lib/counted-attempt';
import type { ClassDetails, ClassSummary, StudentRow } from '@/lib/dashboard/class-summaries';
import { isUuid } from '@/lib/ids';
import { lookAlike } from '@/lib/name-skeleton';
import { db } from '../db/client';
import { storedSupportProfile } from '../supports/profiles';
import { changedSupports } from '@/lib/supports/profile';
import { withFreshCode } from './join-codes';
import { CHECKPOINT_QUIZ_ID } from '@/content/quiz-schema';

// Every function here takes the signed-in teacher's id and puts it in the query: a class that is not theirs
// behaves exactly like a class that does not exist.

/** The teacher's classes, active first. */
export async function listClasses(teacherId: string): Promise<ClassSummary[]> {
  const rows = await db().prisma.class.findMany({
    where: { teacherId },
    orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { students: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    studentCount: row._count.students,
    archived: row.archivedAt !== null,
  }));
}

/** One of the teacher's classes, or null; its previous join code only while that code still admits students. */
export async function getClass(teacherId: string, classId: string, now = new Date()): Promise<ClassDetails | null> {
  if (!isUuid(classId)) return null;
  const row = await db().prisma.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      previousJoinCode: true,
      previousCodeValidUntil: true,
      archivedAt: true,
      feedbackMode: true,
      retakes: true,
      defaultLocale: true,
      countedAttempt: true,
      createdAt: true,
      _count: { select: { students: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    studentCount: row._count.students,
    archived: row.archivedAt !== null,
    feedbackMode: row.feedbackMode === 'deferred' ? 'deferred' : 'immediate',
    retakes: row.retakes,
    defaultLocale: row.defaultLocale === 'es' ? 'es' : 'en',
    countedAttempt: toCountedAttempt(row.countedAttempt),
    createdAt: row.createdAt,
    previousCode:
      row.previousJoinCode && row.previousCodeValidUntil && row.previousCodeValidUntil > now
        ? { code: row.previousJoinCode, validUntil: row.previousCodeValidUntil }
        : null,
  };
}

/** Creates a class with a new join code. */
export async function createClass(teacherId: string, name: string, settings: ClassSettings): Promise<{ id: string }> {
  return withFreshCode((joinCode) =>
    db().prisma.class.create({ data: { teacherId, name, joinCode, ...settings }, select: { id: true } }),
  );
}

/** Renames a class; false when it is not the teacher's. */
export async function renameClass(teacherId: string, classId: string, name: string): Promise<boolean> {
  if (!isUuid(classId)) return false;
  return (await db().prisma.class.updateMany({ where: { id: classId, teacherId }, data: { name } })).count === 1;
}

/** Changes feedback mode, retakes, default language and which attempt counts. */
export async function updateClassSettings(
  teacherId: string,
  classId: string,
  settings: ClassSettings,
): Promise<boolean> {
  if (!isUuid(classId)) return false;
  return (await db().prisma.class.updateMany({ where: { id: classId, teacherId }, data: settings })).count === 1;
}

/** Archives a class, deleting every session of its students, or brings it back (students then resume with their codes). */
export async function setClassArchived(teacherId: string, classId: string, archived: boolean): Promise<boolean> {
  if (!isUuid(classId)) return false;
  return db().prisma.$transaction(async (tx) => {
    const { count } = await tx.class.updateMany({
      where: { id: classId, teacherId },
      data: { archivedAt: archived ? new Date() : null },
    });
    // Deleted rather than hidden, so that bringing the class back does not revive tokens left on shared computers.
    if (count === 1 && archived)
      await tx.learnerSession.deleteMany({ where: { learner: { classId, class: { teacherId } } } });
    return count === 1;
  });
}

/**
 * Deletes a class and everything of its students (sessions, answers, attempts, progress) in one transaction, once
 * the teacher has typed the class's name to confirm.
 */
export async function deleteClass(
  teacherId: string,
  classId: string,
  confirmation: string,
): Promise<'deleted' | 'not-found' | 'wrong-name'> {
  if (!isUuid(classId)) return 'not-found';
  return db().prisma.$transaction(async (tx) => {
    const found = await tx.class.findFirst({ where: { id: classId, teacherId }, select: { name: true } });
    if (!found) return 'not-found' as const;
    if (confirmation.trim() !== found.name) return 'wrong-name' as const;
    // Students' rows go with them through ON DELETE CASCADE; deleting them first keeps it explicit.
    await tx.learner.deleteMany({ where: { classId } });
    await tx.class.delete({ where: { id: classId } });
    return 'deleted' as const;
  });
}

/** The students of one of the teacher's classes (empty for a class that is not theirs). */
export async function listStudents(teacherId: string, classId: string): Promise<StudentRow[]> {
  if (!isUuid(classId)) return [];
  const rows = await db().prisma.learner.findMany({
    where: { classId, class: { teacherId } },
    orderBy: { displayName: 'asc' },
    select: {
      id: true,
      displayName: true,
      joinedAt: true,
      createdAt: true,
      supportProfile: true,
      // Quiz attempts: guided reading's checkpoints are no quiz (counted-attempts.ts `CLASS_ATTEMPT`).
      _count: { select: { attempts: { where: { practice: false, quizId: { not: CHECKPOINT_QUIZ_ID } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    displayName: row.displayName ?? '',
    joinedAt: row.joinedAt ?? row.createdAt,
    attempts: row._count.attempts,
    supports: changedSupports(storedSupportProfile(row.supportProfile)),
  }));
}

const studentWhere = (teacherId: string, classId: string, learnerId: string) => ({
  id: learnerId,
  classId,
  class: { teacherId },
});

/** Renames a student; 'taken' when another student of the class already has that name or a look-alike. */
export async function renameStudent(
  teacherId: string,
  classId: string,
  learnerId: string,
  name: string,
): Promise<'ok' | 'not-found' | 'taken'> {
  if (!isUuid(classId) || !isUuid(learnerId)) return 'not-found';
  const classmates = await db().prisma.learner.findMany({
    where: { classId, class: { teacherId }, id: { not: learnerId } },
    select: { displayName: true },
  });
  if (
    lookAlike(
      classmates.flatMap((row) => row.displayName ?? []),
      name,
    )
  )
    return 'taken';
  try {
    const { count } = await db().prisma.learner.updateMany({
      where: studentWhere(teacherId, classId, learnerId),
      data: { displayName: name },
    });
    return count === 1 ? 'ok' : 'not-found';
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return 'taken';
    throw error;
  }
}

/** Removes a student and all their work. */
export async function removeStudent(teacherId: string, classId: string, learnerId: string): Promise<boolean> {
  if (!isUuid(classId) || !isUuid(learnerId)) return false;
  return (await db().prisma.learner.deleteMany({ where: studentWhere(teacherId, classId, learnerId) })).count === 1;
}

/**
 * Deletes a student's class attempts so they can start again, guided reading's checkpoints included (their practice
 * from before joining stays theirs).
 */
export async function resetStudentAttempts(teacherId: string, classId: string, learnerId: string): Promise<boolean> {
  if (!isUuid(classId) || !isUuid(learnerId)) return false;
  const student = await db().prisma.learner.findFirst({
    where: studentWhere(teacherId, classId, learnerId),
    select: { id: true },
  });
  if (!student) return false;
  await db().prisma.quizAttempt.deleteMany({ where: { learnerId: student.id, practice: false } });
  return true;
}
