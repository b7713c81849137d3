import 'server-only';
import { cookies, headers } from 'next/headers';
import { createAnonymousLearner, findLearnerIdByToken } from './learners';

export const SESSION_COOKIE = 'fuente_session';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The learner this browser is signed in as, or null. Safe to call while rendering. */
export async function currentLearnerId(): Promise<string | null> {
  return findLearnerIdByToken((await cookies()).get(SESSION_COOKIE)?.value);
}

/**
 * The current learner, creating an anonymous one (and its cookie) on first use.
 * Cookies can only be set in Server Actions and Route Handlers, so call it only there.
 */
export async function ensureLearnerId(): Promise<string> {
  const existing = await currentLearnerId();
  if (existing) return existing;
  const { learnerId, token } = await createAnonymousLearner();
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await isHttpsRequest(),
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
  });
  return learnerId;
}

// Secure cookies are dropped on plain http, which a school server on its LAN may use.
async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
