import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { isBrowserTestServer } from '@/server/testing/browser-test-server';
import { crashAction } from './actions';

/** While the browser has this cookie, the page fails: a test removes it to see "Try again" bring the page back. */
const CRASH_COOKIE = 'fuente_test_crash';

/**
 * A page that fails on purpose, for e2e/error-pages.spec.ts: it throws while rendering as long as the crash cookie is
 * set, and its form's action throws when posted (without JavaScript too). Only the browser tests' server has it.
 */
export default async function CrashingPage() {
  await connection();
  if (!isBrowserTestServer()) notFound();
  if ((await cookies()).has(CRASH_COOKIE)) throw new Error('test-only: a page that fails while rendering');
  return (
    <form action={crashAction}>
      <h1>Crash test</h1>
      <button type="submit" className="button">
        Crash
      </button>
    </form>
  );
}
