import 'server-only';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { EmailSchema } from '@/lib/account-rules';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from './cookies';
import {
  endTeacherSession,
  findTeacherByToken,
  TEACHER_SESSION_ABSOLUTE_MS,
  type TeacherIdentity,
} from './teacher-sessions';

const TEACHER_COOKIE = 'fuente_teacher';
const SIGN_IN_EMAIL_COOKIE = 'fuente_signin_email';
/** Long enough to go from sign-up to sign-in; short enough not to greet the next person at a shared computer. */
const SIGN_IN_EMAIL_SECONDS = 10 * 60;

/** The signed-in teacher, or null. */
export async function currentTeacher(): Promise<TeacherIdentity | null> {
  return findTeacherByToken(await readSessionCookie(TEACHER_COOKIE));
}

/** The signed-in teacher; anyone else is sent to the sign-in page. */
export async function requireTeacher(locale: Locale): Promise<TeacherIdentity> {
  const teacher = await currentTeacher();
  if (!teacher) redirect({ href: '/teacher/signin', locale });
  return teacher!;
}

/** Puts a new teacher session token in the cookie (Server Actions only). */
export async function setTeacherCookie(token: string): Promise<void> {
  await setSessionCookie(TEACHER_COOKIE, token, TEACHER_SESSION_ABSOLUTE_MS / 1000);
}

/** The raw teacher token, for actions that must keep or end this very session. */
export async function currentTeacherToken(): Promise<string | undefined> {
  return readSessionCookie(TEACHER_COOKIE);
}

/** Signs the teacher out: the session row is deleted, not just the cookie. */
export async function signOutTeacher(): Promise<void> {
  const token = await readSessionCookie(TEACHER_COOKIE);
  if (token) await endTeacherSession(token);
  await deleteSessionCookie(TEACHER_COOKIE);
}

/** Hands an email to the sign-in form that comes next, after sign-up or a password reset (Server Actions only). */
export async function setSignInEmail(email: string): Promise<void> {
  await setSessionCookie(SIGN_IN_EMAIL_COOKIE, email, SIGN_IN_EMAIL_SECONDS);
}

/** The email handed to the sign-in form, if it is a valid one (the cookie comes from the browser). */
export async function signInEmail(): Promise<string | undefined> {
  const parsed = EmailSchema.safeParse((await readSessionCookie(SIGN_IN_EMAIL_COOKIE)) ?? '');
  return parsed.success ? parsed.data : undefined;
}

/** Forgets the handed email, once it has served (Server Actions only). */
export async function clearSignInEmail(): Promise<void> {
  await deleteSessionCookie(SIGN_IN_EMAIL_COOKIE);
}
