import 'server-only';
import { createHash } from 'node:crypto';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { createAnonymousLearner, findLearnerIdByToken } from './learners';
import { sessionCookieOptions } from './cookies';

export const SESSION_COOKIE = 'fuente_session';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The learner this browser is signed in as, or null. Safe to call while rendering; looked up once per request. */
export const currentLearnerId = cache(async (): Promise<string | null> => findLearnerIdByToken((await cookies()).get(SESSION_COOKIE)?.value));

/**
 * The current learner, creating an anonymous one (and its cookie) on first use.
 * Cookies can only be set in Server Actions and Route Handlers, so call it only there.
 */
export async function ensureLearnerId(): Promise<string> {
  const existing = await currentLearnerId();
  if (existing) return existing;
  const { learnerId, token } = await createAnonymousLearner();
  await setLearnerCookie(token);
  return learnerId;
}

/** Signs this browser in as a learner (a new token each time, so a session id is never reused). */
export async function setLearnerCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, await sessionCookieOptions(ONE_YEAR_SECONDS));
}

/** The raw session token of this browser, if any. */
export async function currentLearnerToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Forgets this browser's learner session. */
export async function clearLearnerCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/**
 * A non-secret name for a learner's unsent answers in the browser's storage (lib/quiz/pending-answers.ts), so that
 * on a shared computer one learner's answers are never sent under another's session; "visitor" before a first save.
 */
export function queueOwnerOf(learnerId: string | null): string {
  return learnerId ? createHash('sha256').update(`fuente-queue:${learnerId}`).digest('hex').slice(0, 16) : 'visitor';
}
