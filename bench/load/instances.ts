// Two app instances on one PostgreSQL: what must hold whichever instance answers. Students already alternate
// between the instances request by request (see Browser in http.ts); these checks cover the teacher's side.
import { readFileSync } from 'node:fs';
import { browserFor, getPage, postAction } from './http';

export type SharedStateCheck = { name: string; ok: boolean; detail: string };

const THROTTLED = (JSON.parse(readFileSync('messages/en.json', 'utf8')) as { Forms: { throttled: string } }).Forms
  .throttled;
/** server/auth/throttle.ts `FREE_FAILURES`: wrong passwords for one account from one address before each try waits. */
const FREE_FAILURES = 5;

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
 * Wrong passwords for one account from one address, alternating instances, back to back: the failures after which
 * tries must wait are counted in the database, so the try after the free ones is refused (it comes within the first
 * 1 s wait) whichever instance receives it. Counters kept per instance would let it through.
 */
export async function checkSharedThrottle(baseURLs: string[], signInAction: string): Promise<SharedStateCheck> {
  const email = `throttle-${Date.now()}@fuente.example`;
  const attempts = FREE_FAILURES + 1;
  const answers: string[] = [];
  for (let i = 0; i < attempts; i += 1) {
    const browser = browserFor([baseURLs[i % baseURLs.length]!], '10.253.0.1');
    const response = await postAction(browser, '/en/teacher/signin', signInAction, {
      form: { email, password: 'not the password' },
      withPreviousState: true,
    });
    const text = await response.text();
    answers.push(text.includes(THROTTLED) ? 'refused' : response.status === 200 ? 'wrong' : `HTTP ${response.status}`);
  }
  const expected = [...Array<string>(FREE_FAILURES).fill('wrong'), 'refused'];
  return {
    name: `${attempts} wrong sign-ins for one account from one address, alternating instances`,
    ok: answers.join() === expected.join(),
    detail: `answers: ${answers.join(', ')} (expected ${FREE_FAILURES} wrong-password answers, then the next try refused)`,
  };
}
