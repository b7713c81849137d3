import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { CodeCard, MergeRecord } from '@/lib/dashboard/class-summaries';
import { isUuid } from '@/lib/ids';
import { nameSkeleton } from '@/lib/name-skeleton';
import { db } from '../db/client';
import { newResumeCode, openResumeCode, storedResumeCode } from '../auth/resume-codes';

// A teacher's tools for the roster of one of their classes: pre-loading it from a pasted list, printing code cards,
// and merging two rows that are the same student. Every query names the teacher, so someone else's class or student
// behaves exactly like one that does not exist.

const ownClass = (teacherId: string, classId: string) => ({ id: classId, teacherId });

export type AddedStudents = { created: string[]; alreadyInClass: string[] };

/**
 * Adds students by name to one of the teacher's classes, each with a personal code, in one transaction. A name the
 * class already has (whatever its case, or a look-alike: lib/names.ts) is left alone and reported. Null when the class is not the teacher's.
 */
export async function addStudents(teacherId: string, classId: string, names: string[]): Promise<AddedStudents | null> {
  if (!isUuid(classId)) return null;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db().prisma.$transaction(async (tx) => {
        const found = await tx.class.findFirst({ where: ownClass(teacherId, classId), select: { id: true } });
        if (!found) return null;
        const existing = await tx.learner.findMany({ where: { classId }, select: { displayName: true } });
        // A pasted name that looks like a classmate's, or like one pasted above it, is the same student.
        const taken = new Set(existing.flatMap((row) => (row.displayName ? [nameSkeleton(row.displayName)] : [])));
        const created: string[] = [];
        const alreadyInClass: string[] = [];
        for (const name of names) {
          const skeleton = nameSkeleton(name);
          (taken.has(skeleton) ? alreadyInClass : created).push(name);
          taken.add(skeleton);
        }
        const joinedAt = new Date();
        await tx.learner.createMany({
          data: created.map((displayName) => ({
            classId,
            displayName,
            ...storedResumeCode(newResumeCode()),
            joinedAt,
          })),
        });
        return { created, alreadyInClass };
      });
    } catch (error) {
      // A student joined under one of the names meanwhile, or two codes collided: nothing was written, so go again.
      const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!collided || attempt >= 3) throw error;
    }
  }
}

/** The class's name, join code and every student's code card, by name; null when the class is not the teacher's. */
export async function listCodeCards(
  teacherId: string,
  classId: string,
): Promise<{ className: string; joinCode: string; cards: CodeCard[] } | null> {
  if (!isUuid(classId)) return null;
  const found = await db().prisma.class.findFirst({
    where: ownClass(teacherId, classId),
    select: {
      name: true,
      joinCode: true,
      students: {
        orderBy: { displayName: 'asc' },
        select: { id: true, displayName: true, resumeCodeSealed: true },
      },
    },
  });
  if (!found) return null;
  return {
    className: found.name,
    joinCode: found.joinCode,
    cards: found.students.map((student) => ({
      id: student.id,
      displayName: student.displayName ?? '',
      resumeCode: openResumeCode(student.resumeCodeSealed),
    })),
  };
}

export type MergeResult = { keptName: string; mergedName: string; attemptsMoved: number; answersMoved: number };

/**
 * Merges roster row `mergedId` into `keptId` (two rows of one of the teacher's classes) in one transaction: attempts
 * (with their answers), reading progress, topic familiarity, reading preferences and sessions move to the kept row,
 * the merged row goes, and the merge is recorded. Two attempts at one quiz are numbered again by when each began, so
 * none is dropped. The kept row keeps its name and personal code. Null when either row is not in the teacher's class
 * or both are the same.
 */
export async function mergeStudents(
  teacherId: string,
  classId: string,
  keptId: string,
  mergedId: string,
): Promise<MergeResult | null> {
  if (!isUuid(classId) || !isUuid(keptId) || !isUuid(mergedId) || keptId === mergedId) return null;
  return db().prisma.$transaction(async (tx) => {
    // Both rows stay locked to the end: a second merge of either row waits, then finds it gone.
    const rows = await tx.$queryRaw<{ id: string; displayName: string | null }[]>`
      SELECT l."id", l."displayName" FROM "Learner" l JOIN "Class" c ON c."id" = l."classId"
      WHERE l."id" IN (${keptId}::uuid, ${mergedId}::uuid) AND l."classId" = ${classId}::uuid
        AND c."teacherId" = ${teacherId}::uuid
      FOR UPDATE OF l`;
    if (rows.length !== 2) return null;
    const name = (id: string) => rows.find((row) => row.id === id)?.displayName ?? '';
    const [attemptsMoved, answersMoved] = await Promise.all([
      tx.quizAttempt.count({ where: { learnerId: mergedId } }),
      tx.quizAnswer.count({ where: { attempt: { learnerId: mergedId } } }),
    ]);

    // Attempts: first every number of both rows made negative and distinct, so that moving and numbering again never
    // meet the unique (learner, lesson, quiz, practice, number) key half-way; then 1, 2, … per quiz by start time.
    await tx.$executeRaw`
      UPDATE "QuizAttempt" AS a SET "number" = -ranked.n
      FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "QuizAttempt"
            WHERE "learnerId" IN (${keptId}::uuid, ${mergedId}::uuid)) AS ranked
      WHERE a."id" = ranked."id"`;
    await tx.quizAttempt.updateMany({ where: { learnerId: mergedId }, data: { learnerId: keptId } });
    await tx.$executeRaw`
      UPDATE "QuizAttempt" AS a SET "number" = ranked.n
      FROM (SELECT "id", row_number() OVER (PARTITION BY "lessonSlug", "quizId", "practice"
                                           ORDER BY "startedAt", "id") AS n
            FROM "QuizAttempt" WHERE "learnerId" = ${keptId}::uuid) AS ranked
      WHERE a."id" = ranked."id"`;

    // Reading progress only grows: the further of the two, in the language of whichever read further.
    await tx.$executeRaw`
      INSERT INTO "ReadingProgress" ("learnerId", "lessonSlug", "furthestParagraph", "locale", "updatedAt")
      SELECT ${keptId}::uuid, "lessonSlug", "furthestParagraph", "locale", "updatedAt" FROM "ReadingProgress"
      WHERE "learnerId" = ${mergedId}::uuid
      ON CONFLICT ("learnerId", "lessonSlug") DO UPDATE SET
        "furthestParagraph" = EXCLUDED."furthestParagraph", "locale" = EXCLUDED."locale",
        "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ReadingProgress"."furthestParagraph" < EXCLUDED."furthestParagraph"`;
    // Familiarity and preferences: the more recent answer of the two.
    await tx.$executeRaw`
      INSERT INTO "TopicFamiliarity" ("learnerId", "lessonSlug", "level", "updatedAt")
      SELECT ${keptId}::uuid, "lessonSlug", "level", "updatedAt" FROM "TopicFamiliarity"
      WHERE "learnerId" = ${mergedId}::uuid
      ON CONFLICT ("learnerId", "lessonSlug") DO UPDATE SET "level" = EXCLUDED."level", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "TopicFamiliarity"."updatedAt" < EXCLUDED."updatedAt"`;
    await tx.$executeRaw`
      INSERT INTO "ReadingPreference" ("learnerId", "textSize", "lineSpacing", "updatedAt")
      SELECT ${keptId}::uuid, "textSize", "lineSpacing", "updatedAt" FROM "ReadingPreference"
      WHERE "learnerId" = ${mergedId}::uuid
      ON CONFLICT ("learnerId") DO UPDATE SET
        "textSize" = EXCLUDED."textSize", "lineSpacing" = EXCLUDED."lineSpacing", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ReadingPreference"."updatedAt" < EXCLUDED."updatedAt"`;
    // A device signed in as the merged row goes on as the kept one.
    await tx.learnerSession.updateMany({ where: { learnerId: mergedId }, data: { learnerId: keptId } });
    await tx.learner.delete({ where: { id: mergedId } });
    await tx.studentMerge.create({
      data: { classId, keptLearnerId: keptId, mergedName: name(mergedId), attemptsMoved, answersMoved },
    });
    return { keptName: name(keptId), mergedName: name(mergedId), attemptsMoved, answersMoved };
  });
}

/** The merges made in one of the teacher's classes, newest first (empty for a class that is not theirs). */
export async function listMerges(teacherId: string, classId: string): Promise<MergeRecord[]> {
  if (!isUuid(classId)) return [];
  const rows = await db().prisma.studentMerge.findMany({
    where: { classId, class: { teacherId } },
    orderBy: { mergedAt: 'desc' },
    select: {
      mergedName: true,
      attemptsMoved: true,
      answersMoved: true,
      mergedAt: true,
      learner: { select: { displayName: true } },
    },
  });
  return rows.map(({ learner, ...row }) => ({ ...row, keptName: learner.displayName ?? '' }));
}
