import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readSessionCookie, setSessionCookie } from './cookies';
import { serverSecret } from './secret';
import { retentionPolicy } from '../retention-policy';

// A teacher who signed in from this browser is let through the app-wide sign-in ceiling (server/auth/throttle.ts),
// which otherwise a crowd of addresses could fill for everyone. The cookie holds a keyed digest of the email, not the
// email: it only vouches for that one account, on this browser, and is worth nothing to anyone without the server's
// secret. The per-address limit and the failure delays still apply.

const COOKIE = 'fuente_known_teacher';

function markOf(email: string): string {
  return createHmac('sha256', serverSecret()).update(`known-teacher:${email}`).digest('base64url');
}

/** Remembers, after a successful sign-in, that this browser is that teacher's. */
export async function rememberTeacherBrowser(email: string): Promise<void> {
  await setSessionCookie(COOKIE, markOf(email), retentionPolicy().knownTeacherBrowserDays * 24 * 60 * 60);
}

/** Whether this browser signed in as the teacher with this email lately (the privacy page says how long). */
export async function isKnownTeacherBrowser(email: string): Promise<boolean> {
  const mark = await readSessionCookie(COOKIE);
  if (!mark) return false;
  const expected = Buffer.from(markOf(email));
  const given = Buffer.from(mark);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
