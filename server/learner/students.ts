import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '../db/client';
import { findLearnerIdByToken, startLearnerSession } from './learners';
import { legacyResumeCodeDigest, newResumeCode, resumeCodeDigest } from '../auth/resume-codes';
import { allowAttempt, throttleKeys } from '../auth/throttle';
import { findOpenClass } from '../teacher/join-codes';

export type JoinResult =
  | { ok: true; token: string; displayName: string; resumeCode: string; className: string; locale: 'en' | 'es' }
  | { ok: false; error: 'unknown-code' | 'throttled' };

/** "Ana", or "Ana (2)", "Ana (3)"… when the class already has an Ana. */
function nameCandidate(name: string, attempt: number): string {
  return attempt === 0 ? name : `${name.slice(0, 70)} (${attempt + 1})`;
}

/**
 * Joins a class with its code and a display name. A guest who already has work in this browser keeps their reading
 * progress and preferences (their learner record becomes the student); their quiz attempts become practice, which
 * the student can still see but which never count for the class. The guest's sessions end in the same transaction,
 * so whoever else held the guest's cookie (a shared computer) does not become the student. Returns a new session
 * token and the resume code, shown once.
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
  const resumeCode = newResumeCode();
  const currentId = await findLearnerIdByToken(currentToken);
  const guest = currentId
    ? await db().prisma.learner.findFirst({ where: { id: currentId, classId: null }, select: { id: true } })
    : null;

  for (let attempt = 0; attempt < 50; attempt += 1) {
    const data = {
      classId: found.id,
      displayName: nameCandidate(displayName, attempt),
      resumeCodeHash: resumeCodeDigest(resumeCode),
      joinedAt: new Date(),
    };
    try {
      const learner = guest
        ? await db().prisma.$transaction(async (tx) => {
            await tx.quizAttempt.updateMany({
              where: { learnerId: guest.id, practice: false },
              data: { practice: true },
            });
            await tx.learnerSession.deleteMany({ where: { learnerId: guest.id } });
            return tx.learner.update({ where: { id: guest.id }, data, select: { id: true, displayName: true } });
          })
        : await db().prisma.learner.create({ data, select: { id: true, displayName: true } });
      const token = await startLearnerSession(learner.id);
      const locale = found.defaultLocale === 'es' ? 'es' : 'en';
      return {
        ok: true,
        token,
        displayName: learner.displayName ?? displayName,
        resumeCode,
        className: found.name,
        locale,
      };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
  }
  throw new Error('could not find a free display name');
}

export type ResumeResult =
  { ok: true; token: string; displayName: string } | { ok: false; error: 'invalid' | 'throttled' };

/**
 * Continues as a student on another device with the class code and the personal resume code. A code stored by an
 * earlier version as plain SHA-256 is accepted once and replaced by its HMAC.
 */
export async function resumeStudent(joinCode: string, resumeCode: string, address: string): Promise<ResumeResult> {
  if (!(await allowAttempt(throttleKeys.resume(joinCode, address)))) return { ok: false, error: 'throttled' };
  const found = await findOpenClass(joinCode);
  if (!found) return { ok: false, error: 'invalid' };
  const digest = resumeCodeDigest(resumeCode);
  const learner = await db().prisma.learner.findFirst({
    where: { classId: found.id, resumeCodeHash: { in: [digest, legacyResumeCodeDigest(resumeCode)] } },
    select: { id: true, displayName: true, resumeCodeHash: true },
  });
  if (!learner) return { ok: false, error: 'invalid' };
  if (learner.resumeCodeHash !== digest)
    await db().prisma.learner.update({ where: { id: learner.id }, data: { resumeCodeHash: digest } });
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
