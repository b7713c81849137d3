import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { randomCode } from '@/lib/join-code';
import { db } from './db';
import { findLearnerIdByToken, startLearnerSession } from './learners';
import { allowAttempt, throttleKeys } from './throttle';
import { hashToken } from './tokens';

const RESUME_CODE_LENGTH = 8;

export type JoinResult =
  | { ok: true; token: string; displayName: string; resumeCode: string; className: string; locale: 'en' | 'es' }
  | { ok: false; error: 'unknown-code' | 'throttled' };

/** Finds the active class with this join code. */
async function activeClass(joinCode: string) {
  return db().prisma.class.findFirst({ where: { joinCode, archivedAt: null }, select: { id: true, name: true, defaultLocale: true } });
}

/** "Ana", or "Ana (2)", "Ana (3)"… when the class already has an Ana. */
function nameCandidate(name: string, attempt: number): string {
  return attempt === 0 ? name : `${name.slice(0, 70)} (${attempt + 1})`;
}

/**
 * Joins a class with its code and a display name. A guest who already has work in this browser keeps their reading
 * progress and preferences (their learner record becomes the student); their quiz attempts become practice, which
 * the student can still see but which never count for the class. Returns a new session token and the resume code,
 * shown once.
 */
export async function joinClass(joinCode: string, displayName: string, address: string, currentToken?: string): Promise<JoinResult> {
  if (!(await allowAttempt(throttleKeys.join(address)))) return { ok: false, error: 'throttled' };
  const found = await activeClass(joinCode);
  if (!found) return { ok: false, error: 'unknown-code' };
  const resumeCode = randomCode(RESUME_CODE_LENGTH);
  const currentId = await findLearnerIdByToken(currentToken);
  const guest = currentId ? await db().prisma.learner.findFirst({ where: { id: currentId, classId: null }, select: { id: true } }) : null;

  for (let attempt = 0; attempt < 50; attempt += 1) {
    const data = { classId: found.id, displayName: nameCandidate(displayName, attempt), resumeCodeHash: hashToken(resumeCode), joinedAt: new Date() };
    try {
      const learner = guest
        ? await db().prisma.$transaction(async (tx) => {
            await tx.quizAttempt.updateMany({ where: { learnerId: guest.id, practice: false }, data: { practice: true } });
            return tx.learner.update({ where: { id: guest.id }, data, select: { id: true, displayName: true } });
          })
        : await db().prisma.learner.create({ data, select: { id: true, displayName: true } });
      const token = await startLearnerSession(learner.id);
      const locale = found.defaultLocale === 'es' ? 'es' : 'en';
      return { ok: true, token, displayName: learner.displayName ?? displayName, resumeCode, className: found.name, locale };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
  }
  throw new Error('could not find a free display name');
}

export type ResumeResult = { ok: true; token: string; displayName: string } | { ok: false; error: 'invalid' | 'throttled' };

/** Continues as a student on another device with the class code and the personal resume code. */
export async function resumeStudent(joinCode: string, resumeCode: string, address: string): Promise<ResumeResult> {
  if (!(await allowAttempt(throttleKeys.resume(joinCode, address)))) return { ok: false, error: 'throttled' };
  const found = await activeClass(joinCode);
  const learner = found
    ? await db().prisma.learner.findFirst({ where: { classId: found.id, resumeCodeHash: hashToken(resumeCode) }, select: { id: true, displayName: true } })
    : null;
  if (!learner) return { ok: false, error: 'invalid' };
  return { ok: true, token: await startLearnerSession(learner.id), displayName: learner.displayName ?? '' };
}

/** The signed-in student's name and class, or null for a guest. */
export async function getStudentIdentity(learnerId: string): Promise<{ displayName: string; className: string } | null> {
  const learner = await db().prisma.learner.findFirst({
    where: { id: learnerId, classId: { not: null } },
    select: { displayName: true, class: { select: { name: true } } },
  });
  return learner?.class ? { displayName: learner.displayName ?? '', className: learner.class.name } : null;
}
