import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '../db/client';
import { dummyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from '../auth/passwords';
import { env } from '../env';
import { PasswordBusyError } from '../auth/password-gate';
import {
  allowAttempt,
  clearFailures,
  failureWait,
  recordFailure,
  signInFailureKey,
  throttleKeys,
} from '../auth/throttle';
import { hashToken } from '../auth/tokens';
import { startTeacherSession } from '../auth/teacher-sessions';

export type SignUpResult =
  { ok: true } | { ok: false; error: 'common-password' | 'domain-not-allowed' | 'throttled' | 'busy' };

/** Whether the operator's allow-list (FUENTE_SIGNUP_DOMAINS) lets this email sign up; no list lets everyone. */
export function signUpAllowed(email: string, domains: string[] = env().FUENTE_SIGNUP_DOMAINS): boolean {
  return domains.length === 0 || domains.includes(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
}

/**
 * Creates a teacher account, without signing it in: a new email and a taken one get the same answer after the same
 * work (one password hash), so sign-up cannot tell anyone whether an address has an account. The owner of a taken
 * address is not told either: there is no mail to tell them with.
 */
export async function signUpTeacher(email: string, password: string, address: string): Promise<SignUpResult> {
  if (!signUpAllowed(email)) return { ok: false, error: 'domain-not-allowed' };
  if (!(await allowAttempt(throttleKeys.signUp(address)))) return { ok: false, error: 'throttled' };
  if (isCommonPassword(password)) return { ok: false, error: 'common-password' };
  return busyAware(async () => {
    const passwordHash = await hashPassword(password);
    try {
      await db().prisma.teacher.create({ data: { email, passwordHash }, select: { id: true } });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
    return { ok: true };
  });
}

/** Runs password work, turning a full password gate into a 'busy' answer. */
export async function busyAware<T>(work: () => Promise<T>): Promise<T | { ok: false; error: 'busy' }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PasswordBusyError) return { ok: false, error: 'busy' };
    throw error;
  }
}

export type SignInResult = { ok: true; token: string } | { ok: false; error: 'invalid' | 'throttled' | 'busy' };

/**
 * Signs a teacher in with a new session token. After five failures for one account from one address, each further
 * try from there waits twice as long as the last (1 s up to 15 min); tries from elsewhere (the owner) are not held
 * back. A wrong email and a wrong password get the same answer after the same work.
 */
export async function signInTeacher(
  email: string,
  password: string,
  address: string,
  now: Date = new Date(),
  { knownBrowser = false }: { knownBrowser?: boolean } = {},
): Promise<SignInResult> {
  const failureKey = signInFailureKey(email, address);
  if ((await failureWait(failureKey, now)) > 0) return { ok: false, error: 'throttled' };
  // A browser this teacher signed in from is not held back by the app-wide ceiling (server/auth/known-browser.ts).
  const keys = throttleKeys.signIn(address).filter(({ key }) => !(knownBrowser && key.endsWith(':all')));
  if (!(await allowAttempt(keys, now))) return { ok: false, error: 'throttled' };
  return busyAware(async (): Promise<SignInResult> => {
    const teacher = await db().prisma.teacher.findUnique({
      where: { email },
      select: { id: true, passwordHash: true },
    });
    const valid = await verifyPassword(password, teacher?.passwordHash ?? (await dummyPasswordHash()));
    if (!teacher || !valid) {
      await recordFailure(failureKey, now);
      return { ok: false, error: 'invalid' };
    }
    await clearFailures(failureKey);
    return { ok: true, token: await startTeacherSession(teacher.id) };
  });
}

export type ChangePasswordResult =
  { ok: true } | { ok: false; error: 'wrong-password' | 'common-password' | 'throttled' | 'busy' };

/** A signed-in teacher sets a new password; their other sessions and mailed links end. Five tries a minute (a hash each). */
export async function changeTeacherPassword(
  teacherId: string,
  current: string,
  next: string,
  keepToken: string,
): Promise<ChangePasswordResult> {
  if (!(await allowAttempt(throttleKeys.passwordChange(teacherId)))) return { ok: false, error: 'throttled' };
  return busyAware(async (): Promise<ChangePasswordResult> => {
    const teacher = await db().prisma.teacher.findUnique({ where: { id: teacherId }, select: { passwordHash: true } });
    if (!teacher || !(await verifyPassword(current, teacher.passwordHash)))
      return { ok: false, error: 'wrong-password' };
    if (isCommonPassword(next)) return { ok: false, error: 'common-password' };
    const passwordHash = await hashPassword(next);
    await db().prisma.$transaction([
      db().prisma.teacher.update({ where: { id: teacherId }, data: { passwordHash } }),
      db().prisma.teacherSession.deleteMany({ where: { teacherId, tokenHash: { not: hashToken(keepToken) } } }),
      // A "Forgot password?" link still in a mailbox must not undo the change.
      db().prisma.passwordReset.deleteMany({ where: { teacherId } }),
    ]);
    return { ok: true };
  });
}

/** The operator's reset (scripts/reset-teacher-password.ts): new password, every session and e-mailed link ended. */
export async function resetTeacherPassword(email: string, password: string): Promise<boolean> {
  const teacher = await db().prisma.teacher.findUnique({ where: { email }, select: { id: true } });
  if (!teacher) return false;
  await db().prisma.$transaction([
    db().prisma.teacher.update({ where: { id: teacher.id }, data: { passwordHash: await hashPassword(password) } }),
    db().prisma.teacherSession.deleteMany({ where: { teacherId: teacher.id } }),
    db().prisma.passwordReset.deleteMany({ where: { teacherId: teacher.id } }),
  ]);
  return true;
}

export type DeleteAccountResult = { ok: true } | { ok: false; error: 'wrong-password' | 'throttled' | 'busy' };

/**
 * Deletes a teacher whose password is `password`; their sessions, classes, students and work go by cascade. Password
 * checks count against the same limit as changing the password, so a borrowed session cannot guess twice as fast.
 */
export async function deleteTeacherAccount(teacherId: string, password: string): Promise<DeleteAccountResult> {
  if (!(await allowAttempt(throttleKeys.passwordChange(teacherId)))) return { ok: false, error: 'throttled' };
  return busyAware(async (): Promise<DeleteAccountResult> => {
    const teacher = await db().prisma.teacher.findUnique({ where: { id: teacherId }, select: { passwordHash: true } });
    if (!teacher || !(await verifyPassword(password, teacher.passwordHash)))
      return { ok: false, error: 'wrong-password' };
    await db().prisma.teacher.deleteMany({ where: { id: teacherId } });
    return { ok: true };
  });
}
