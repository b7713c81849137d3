import 'server-only';
import { db } from '../db/client';
import { hashToken, newToken, TOKEN_FORMAT } from './tokens';

/** A teacher session lasts 12 hours at most, and ends after 2 hours without activity. */
export const TEACHER_SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const TEACHER_SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
// Recording every request's time would write on every page view; a minute's precision is enough for idleness.
const LAST_SEEN_PRECISION_MS = 60 * 1000;

/** Opens a new session for a teacher and returns its token. */
export async function startTeacherSession(teacherId: string): Promise<string> {
  const token = newToken();
  await db().prisma.teacherSession.create({ data: { teacherId, tokenHash: hashToken(token) } });
  return token;
}

export type TeacherIdentity = { teacherId: string; email: string };

/** The teacher a session token belongs to, if the session is neither too old nor idle; expired sessions are deleted. */
export async function findTeacherByToken(
  token: string | undefined,
  now: Date = new Date(),
): Promise<TeacherIdentity | null> {
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
  if (idle > LAST_SEEN_PRECISION_MS)
    await db().prisma.teacherSession.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  return { teacherId: session.teacher.id, email: session.teacher.email };
}

/** Ends a teacher session (sign out). */
export async function endTeacherSession(token: string): Promise<void> {
  await db().prisma.teacherSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Ends every session of a teacher, the current browser's included ("sign out everywhere"). */
export async function endAllTeacherSessions(teacherId: string): Promise<void> {
  await db().prisma.teacherSession.deleteMany({ where: { teacherId } });
}
