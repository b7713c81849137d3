import 'server-only';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from './cookies';
import {
  endTeacherSession,
  findTeacherByToken,
  TEACHER_SESSION_ABSOLUTE_MS,
  type TeacherIdentity,
} from '../teacher/accounts';

const TEACHER_COOKIE = 'fuente_teacher';

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
