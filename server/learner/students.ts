import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '../db/client';
import { findLearnerIdByToken, startLearnerSession } from '../auth/learner-sessions';
import {
  legacyResumeCodeDigest,
  newResumeCode,
  openResumeCode,
  resumeCodeDigest,
  storedResumeCode,
} from '../auth/resume-codes';
import { allowAttempt, throttleKeys } from '../auth/throttle';
import { findOpenClass } from '../teacher/join-codes';
import { lookAlike } from '@/lib/name-skeleton';

export type JoinResult =
  | { ok: true; token: string; displayName: string; resumeCode: string; className: string; locale: 'en' | 'es' }
  | { ok: false; error: 'unknown-code' | 'throttled' }
  | { ok: false; error: 'name-taken'; className: string };

/** Whether a student of the class already has this name or one that looks like it ("ana", "Аna" in Cyrillic). */
async function nameTaken(classId: string, displayName: string): Promise<boolean> {
  const classmates = await db().prisma.learner.findMany({ where: { classId }, select: { displayName: true } });
  return (
    lookAlike(
      classmates.flatMap((row) => row.displayName ?? []),
      displayName,
    ) !== undefined
  );
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * Joins a class with its code and a display name. A name the class already has (or one that looks like it) is
 * refused ('name-taken'), so that
 * the page can ask "Is this you?" instead of making a second Ana. A guest who already has work in this browser keeps
 * their reading progress and preferences (their learner record becomes the student); their quiz attempts become
 * practice, which the student can still see but which never count for the class. The guest's sessions end in the
 * same transaction, so whoever else held the guest's cookie (a shared computer) does not become the student. Returns
 * a new session token and the personal resume code.
 */
export async function joinClass(
  joinCode: string,
  displayName: string,
  address: string,
  currentToken?: string,
): Promise<JoinResult> {
  if (!(await allowAttempt(throttleKeys.join(address)))) return { ok: false, error: 'throttled' };
  const found = await findOpenClass(joinCode);
  if (!found) return { ok: false, error: 'unknown-code' };
  const taken = { ok: false, error: 'name-taken', className: found.name } as const;
  if (await nameTaken(found.id, displayName)) return taken;
  const currentId = await findLearnerIdByToken(currentToken);
  const guest = currentId
    ? await db().prisma.learner.findFirst({ where: { id: currentId, classId: null }, select: { id: true } })
    : null;

  for (let attempt = 0; attempt < 5; attempt += 1) {
    const resumeCode = newResumeCode();
    const data = { classId: found.id, displayName, ...storedResumeCode(resumeCode), joinedAt: new Date() };
    try {
      const learner = guest
        ? await db().prisma.$transaction(async (tx) => {
            await tx.quizAttempt.updateMany({
              where: { learnerId: guest.id, practice: false },
              data: { practice: true },
            });
            await tx.learnerSession.deleteMany({ where: { learnerId: guest.id } });
            return tx.learner.update({ where: { id: guest.id }, data, select: { id: true } });
          })
        : await db().prisma.learner.create({ data, select: { id: true } });
      const token = await startLearnerSession(learner.id);
      const locale = found.defaultLocale === 'es' ? 'es' : 'en';
      return { ok: true, token, displayName, resumeCode, className: found.name, locale };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another Ana joined in the meantime; otherwise the new code collided with a classmate's: draw again.
      if (await nameTaken(found.id, displayName)) return taken;
    }
  }
  throw new Error('could not draw a free personal code');
}

export type ResumeResult =
  { ok: true; token: string; displayName: string } | { ok: false; error: 'invalid' | 'throttled' };

/**
 * Continues as a student on another device with the class code and the personal resume code. A code stored by an
 * earlier version as plain SHA-256 is accepted once and replaced by its HMAC (and its sealed copy).
 */
export async function resumeStudent(joinCode: string, resumeCode: string, address: string): Promise<ResumeResult> {
  if (!(await allowAttempt(throttleKeys.resume(joinCode, address)))) return { ok: false, error: 'throttled' };
  const found = await findOpenClass(joinCode);
  if (!found) return { ok: false, error: 'invalid' };
  const digest = resumeCodeDigest(resumeCode);
  const learner = await db().prisma.learner.findFirst({
    where: { classId: found.id, resumeCodeHash: { in: [digest, legacyResumeCodeDigest(resumeCode)] } },
    select: { id: true, displayName: true, resumeCodeHash: true, resumeCodeSealed: true },
  });
  if (!learner) return { ok: false, error: 'invalid' };
  // A code from before codes were kept is kept now, so that "My code" shows it from here on.
  if (learner.resumeCodeHash !== digest || !learner.resumeCodeSealed)
    await db().prisma.learner.update({ where: { id: learner.id }, data: storedResumeCode(resumeCode) });
  return { ok: true, token: await startLearnerSession(learner.id), displayName: learner.displayName ?? '' };
}

/** The signed-in student's name and class, or null for a guest. */
export async function getStudentIdentity(
  learnerId: string,
): Promise<{ displayName: string; className: string } | null> {
  const learner = await db().prisma.learner.findFirst({
    where: { id: learnerId, classId: { not: null } },
    select: { displayName: true, class: { select: { name: true } } },
  });
  return learner?.class ? { displayName: learner.displayName ?? '', className: learner.class.name } : null;
}

/** What the signed-in student sees of themselves after joining and on "My code"; null for guests. */
export type StudentCard = {
  displayName: string;
  className: string;
  joinCode: string;
  /** The class's language, for the first lesson's link. */
  locale: 'en' | 'es';
  /** Null when the code was issued before codes were kept (the teacher can issue a new one). */
  resumeCode: string | null;
};

/** The signed-in student's own name, class and personal code, or null for a guest. */
export async function getStudentCard(learnerId: string): Promise<StudentCard | null> {
  const learner = await db().prisma.learner.findFirst({
    where: { id: learnerId, classId: { not: null } },
    select: {
      displayName: true,
      resumeCodeSealed: true,
      class: { select: { name: true, joinCode: true, defaultLocale: true } },
    },
  });
  if (!learner?.class) return null;
  return {
    displayName: learner.displayName ?? '',
    className: learner.class.name,
    joinCode: learner.class.joinCode,
    locale: learner.class.defaultLocale === 'es' ? 'es' : 'en',
    resumeCode: openResumeCode(learner.resumeCodeSealed),
  };
}
