import 'server-only';
import { createHash } from 'node:crypto';
import { cache } from 'react';
import { LEARNER_SESSION_COOKIE as SESSION_COOKIE } from '@/lib/student-home';
import { createAnonymousLearner, findLearnerIdByToken } from './learner-sessions';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from './cookies';
import { retentionPolicy } from '../retention-policy';
import { clientAddress } from './request-info';
import { allowAttempt, throttleKeys } from './throttle';

/** The learner this browser is signed in as, or null. Safe to call while rendering; looked up once per request. */
export const currentLearnerId = cache(async (): Promise<string | null> =>
  findLearnerIdByToken(await readSessionCookie(SESSION_COOKIE)),
);

/** Too many guests were made from this address (or in all) this minute: the write is refused, to be tried later. */
export class GuestLimitError extends Error {
  override name = 'GuestLimitError';
}

/**
 * The current learner, creating an anonymous one (and its cookie) on first use; throws GuestLimitError when the
 * guest throttle refuses. Cookies can only be set in Server Actions and Route Handlers, so call it only there.
 */
export async function ensureLearnerId(): Promise<string> {
  const existing = await currentLearnerId();
  if (existing) return existing;
  if (!(await allowAttempt(throttleKeys.guest(await clientAddress())))) throw new GuestLimitError('guest limit');
  const { learnerId, token } = await createAnonymousLearner();
  await setLearnerCookie(token);
  return learnerId;
}

/** Signs this browser in as a learner (a new token each time, so a session id is never reused). */
export async function setLearnerCookie(token: string): Promise<void> {
  // The cookie lives as long as the server would honour the session (server/auth/learner-sessions.ts ends it sooner when idle).
  await setSessionCookie(SESSION_COOKIE, token, retentionPolicy().learnerMaxDays * 24 * 60 * 60);
}

/** The raw session token of this browser, if any. */
export async function currentLearnerToken(): Promise<string | undefined> {
  return readSessionCookie(SESSION_COOKIE);
}

/** Forgets this browser's learner session. */
export async function clearLearnerCookie(): Promise<void> {
  await deleteSessionCookie(SESSION_COOKIE);
}

/**
 * A non-secret name for a learner's unsent answers in the browser's storage (lib/quiz/pending-answers.ts), so that
 * on a shared computer one learner's answers are never sent under another's session; "visitor" before a first save.
 */
export function queueOwnerOf(learnerId: string | null): string {
  return learnerId ? createHash('sha256').update(`fuente-queue:${learnerId}`).digest('hex').slice(0, 16) : 'visitor';
}
