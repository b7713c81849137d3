import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from './db';
import { dummyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from './passwords';
import { allowAttempt, throttleKeys } from './throttle';
import { hashToken, newToken, TOKEN_FORMAT } from './tokens';

/** A teacher session lasts 12 hours at most, and ends after 2 hours without activity. */
export const TEACHER_SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const TEACHER_SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
// Recording every request's time would write on every page view; a minute's precision is enough for idleness.
const LAST_SEEN_PRECISION_MS = 60 * 1000;

export type SignUpResult = { ok: true; token: string } | { ok: false; error: 'common-password' | 'email-taken' | 'throttled' };

/** Creates a teacher account and signs it in. */
export async function signUpTeacher(email: string, password: string, address: string): Promise<SignUpResult> {
  if (!(await allowAttempt(throttleKeys.signUp(address)))) return { ok: false, error: 'throttled' };
  if (isCommonPassword(password)) return { ok: false, error: 'common-password' };
  try {
    const teacher = await db().prisma.teacher.create({ data: { email, passwordHash: await hashPassword(password) }, select: { id: true } });
    return { ok: true, token: await startTeacherSession(teacher.id) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, error: 'email-taken' };
    throw error;
  }
}

export type SignInResult = { ok: true; token: string } | { ok: false; error: 'invalid' | 'throttled' };

/**
 * Signs a teacher in with a new session token. Throttled per account and per address; a wrong email and a wrong
 * password get the same answer after the same work.
 */
export async function signInTeacher(email: string, password: string, address: string, now: Date = new Date()): Promise<SignInResult> {
  if (!(await allowAttempt(throttleKeys.signIn(email, address), now))) return { ok: false, error: 'throttled' };
  const teacher = await db().prisma.teacher.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = await verifyPassword(password, teacher?.passwordHash ?? (await dummyPasswordHash()));
  if (!teacher || !valid) return { ok: false, error: 'invalid' };
  return { ok: true, token: await startTeacherSession(teacher.id) };
}

async function startTeacherSession(teacherId: string): Promise<string> {
  const token = newToken();
  await db().prisma.teacherSession.create({ data: { teacherId, tokenHash: hashToken(token) } });
  return token;
}

export type TeacherIdentity = { teacherId: string; email: string };

/** The teacher a session token belongs to, if the session is neither too old nor idle; expired sessions are deleted. */
export async function findTeacherByToken(token: string | undefined, now: Date = new Date()): Promise<TeacherIdentity | null> {
  if (!token || !TOKEN_FORMAT.test(token)) return null;
  const session = await db().prisma.teacherSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, createdAt: true, lastSeenAt: true, teacher: { select: { id: true, email: true } } },
  });
  if (!session) return null;
  const age = now.getTime() - session.createdAt.getTime();
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (age > TEACHER_SESSION_ABSOLUTE_MS || idle > TEACHER_SESSION_IDLE_MS) {
    await db().prisma.teacherSession.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idle > LAST_SEEN_PRECISION_MS) await db().prisma.teacherSession.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  return { teacherId: session.teacher.id, email: session.teacher.email };
}

/** Ends a teacher session (sign out). */
export async function endTeacherSession(token: string): Promise<void> {
  await db().prisma.teacherSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}

export type ChangePasswordResult = { ok: true } | { ok: false; error: 'wrong-password' | 'common-password' };

/** A signed-in teacher sets a new password; their other sessions end. */
export async function changeTeacherPassword(teacherId: string, current: string, next: string, keepToken: string): Promise<ChangePasswordResult> {
  const teacher = await db().prisma.teacher.findUnique({ where: { id: teacherId }, select: { passwordHash: true } });
  if (!teacher || !(await verifyPassword(current, teacher.passwordHash))) return { ok: false, error: 'wrong-password' };
  if (isCommonPassword(next)) return { ok: false, error: 'common-password' };
  await db().prisma.$transaction([
    db().prisma.teacher.update({ where: { id: teacherId }, data: { passwordHash: await hashPassword(next) } }),
    db().prisma.teacherSession.deleteMany({ where: { teacherId, tokenHash: { not: hashToken(keepToken) } } }),
  ]);
  return { ok: true };
}

/** The operator's reset (scripts/reset-teacher-password.ts): new password, every session ended. */
export async function resetTeacherPassword(email: string, password: string): Promise<boolean> {
  const teacher = await db().prisma.teacher.findUnique({ where: { email }, select: { id: true } });
  if (!teacher) return false;
  await db().prisma.$transaction([
    db().prisma.teacher.update({ where: { id: teacher.id }, data: { passwordHash: await hashPassword(password) } }),
    db().prisma.teacherSession.deleteMany({ where: { teacherId: teacher.id } }),
  ]);
  return true;
}
