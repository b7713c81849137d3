// Two app instances on one PostgreSQL: what must hold whichever instance answers. Students already alternate
// between the instances request by request (see Browser in http.ts); these checks cover the teacher's side.
import { readFileSync } from 'node:fs';
import { browserFor, getPage, postAction } from './http';

export type SharedStateCheck = { name: string; ok: boolean; detail: string };

const THROTTLED = (JSON.parse(readFileSync('messages/en.json', 'utf8')) as { Forms: { throttled: string } }).Forms
  .throttled;
/** server/auth/throttle.ts: sign-in attempts allowed per email and minute. */
const SIGN_IN_LIMIT_PER_EMAIL = 10;

/** Signs the demo teacher in on the first instance; the second must then serve the dashboard to that session. */
export async function checkSharedSession(
  baseURLs: string[],
  signInAction: string,
  email: string,
  password: string,
): Promise<SharedStateCheck> {
  const [first, second] = baseURLs;
  const browser = browserFor([first!], '10.254.0.1');
  const signedIn = await postAction(browser, '/en/teacher/signin', signInAction, {
    form: { email, password },
    withPreviousState: true,
  });
  await signedIn.text();
  browser.baseURLs = [second!];
  const dashboard = await getPage(browser, '/en/teacher');
  return {
    name: 'Teacher signs in on instance 1, instance 2 serves the dashboard',
    ok: dashboard.status === 200,
    detail: `sign-in HTTP ${signedIn.status}, dashboard on the other instance HTTP ${dashboard.status}`,
  };
}

/**
 * Wrong passwords for one account, alternating instances and from a new address each time: the per-account limit
 * must count them all, so exactly the attempts beyond the limit are refused.
 */
export async function checkSharedThrottle(baseURLs: string[], signInAction: string): Promise<SharedStateCheck> {
  const email = `throttle-${Date.now()}@fuente.example`;
  const attempts = SIGN_IN_LIMIT_PER_EMAIL + 3;
  let refused = 0;
  const other: string[] = [];
  for (let i = 0; i < attempts; i += 1) {
    const browser = browserFor([baseURLs[i % baseURLs.length]!], `10.253.0.${i + 1}`);
    const response = await postAction(browser, '/en/teacher/signin', signInAction, {
      form: { email, password: 'not the password' },
      withPreviousState: true,
    });
    const text = await response.text();
    if (text.includes(THROTTLED)) refused += 1;
    else if (response.status !== 200) other.push(`HTTP ${response.status} ${text.slice(0, 100)}`);
  }
  return {
    name: `${attempts} wrong sign-ins for one account, alternating instances`,
    ok: refused === attempts - SIGN_IN_LIMIT_PER_EMAIL && other.length === 0,
    detail:
      `${refused} refused as too many (expected ${attempts - SIGN_IN_LIMIT_PER_EMAIL}: the limit is ${SIGN_IN_LIMIT_PER_EMAIL} a minute)` +
      (other.length ? `; ${other.length} failed: ${other[0]}` : ''),
  };
}
