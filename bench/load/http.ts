// Plain-HTTP plumbing for the load benchmark: one cookie jar per simulated student, and Server Actions called the way
// React calls them (see e2e/support/server-actions.ts), over a light HTTP client (light-fetch.ts) so that hundreds
// of students cost little but sockets.
import { serverActions } from '../../e2e/support/server-actions';
import { lessonStatePath } from '../../lib/lesson-learner-state';
import { quizStatePath } from '../../lib/quiz/quiz-learner-state';
import { JS_COOKIE } from '../../lib/prerendered-page';
import { postJoin } from '../../lib/join-request';
import { postAnswer } from '../../lib/quiz/post-answer';
import { postReadingProgress, type ReadingProgressReply } from '../../lib/reading-progress';
import type { SaveReply, SaveRequest } from '../../lib/quiz/save-request';
import { lightFetch } from './light-fetch';

/** A request that takes longer than this counts as an error: a student would see "offline" long before. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The action ids of the current build, by "path#exportName" (ids change with every build). */
export function actionIds(): Map<string, string> {
  return new Map(serverActions().map((action) => [action.key, action.id]));
}

/** The Server Actions the benchmarks call, as a student and a teacher would. */
export type BenchActions = { submit: string; signIn: string };

/** Their ids in the current build; throws when the build is missing or older than the code. */
export function benchActions(): BenchActions {
  const ids = actionIds();
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`Server Action ${key} is not in the build: run npm run build`);
    return found;
  };
  return {
    submit: id('[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#submitAttemptAction'),
    signIn: id('[locale]/teacher/actions.ts#signInAction'),
  };
}

/** One browser's cookies: enough of RFC 6265 for an app that sets host-only, path "/" cookies. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      // A cookie cleared by the server comes back empty or already expired.
      if (value === '' || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * A simulated browser: its cookies, the address the app throttles it by, and the app instance(s) it talks to. With
 * two instances behind the benchmark, each request goes to the next one in turn, as a round-robin balancer does.
 */
export type Browser = { baseURLs: string[]; jar: CookieJar; address: string; turn?: number };

export function browserFor(baseURLs: string[], address: string): Browser {
  const jar = new CookieJar();
  // A simulated student stands for a browser that runs the app's JavaScript, which sets this cookie on its first
  // page; so its reading and quiz pages are prerendered copies, and it loads its state as they do (getPageAndState).
  jar.set(JS_COOKIE, '1');
  return { baseURLs, jar, address, turn: 0 };
}

async function send(
  browser: Browser,
  path: string,
  init: RequestInit & { headers: Record<string, string> },
): Promise<Response> {
  const baseURL = browser.baseURLs[(browser.turn = (browser.turn ?? 0) + 1) % browser.baseURLs.length]!;
  const cookie = browser.jar.header();
  const response = await lightFetch(`${baseURL}${path}`, {
    method: init.method ?? 'GET',
    body: init.body as string | FormData | null | undefined,
    timeoutMs: REQUEST_TIMEOUT_MS,
    // The app runs with FUENTE_TRUSTED_PROXIES=1 here, so this address is each student's own: joins are throttled per address.
    // The proxy (proxy.ts) wants a Server Action's Origin to match the host it was sent to.
    headers: {
      ...(init.headers as Record<string, string>),
      Origin: baseURL,
      'X-Forwarded-For': browser.address,
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
  browser.jar.store(response);
  return response;
}

/** GETs a page and reads it to the end (a page is not served until its last byte is). */
export async function getPage(browser: Browser, path: string): Promise<{ status: number; bytes: number }> {
  const response = await send(browser, path, { method: 'GET', headers: { Accept: 'text/html' } });
  const body = await response.arrayBuffer();
  return { status: response.status, bytes: body.byteLength };
}

/** A prerendered page and then the learner's state it loads, as a browser with JavaScript opens it: the student waits for both. */
async function getPageAndState(browser: Browser, pagePath: string, statePath: string) {
  const page = await getPage(browser, pagePath);
  if (page.status !== 200) return page;
  const state = await send(browser, statePath, { method: 'GET', headers: { Accept: 'application/json' } });
  const body = await state.arrayBuffer();
  return { status: state.status, bytes: page.bytes + body.byteLength };
}

/** The reading page and the learner's state (components/lesson/LessonLearnerState.tsx). */
export function getLessonPage(browser: Browser, slug: string): Promise<{ status: number; bytes: number }> {
  return getPageAndState(browser, `/en/lessons/${slug}`, lessonStatePath('en', slug));
}

/** A quiz page and the learner's attempt (components/quiz/PrerenderedQuiz.tsx). */
export function getQuizPage(
  browser: Browser,
  slug: string,
  quizId: string,
): Promise<{ status: number; bytes: number }> {
  return getPageAndState(browser, `/en/lessons/${slug}/quiz/${quizId}`, quizStatePath('en', slug, quizId));
}

const UNREADABLE_REPLY = {
  server: 'server error (reply not from the app)',
  invalid: 'refused (reply not from the app)',
};

/** Saves an answer the way the quiz page does (lib/quiz/post-answer.ts), with this browser's cookies. */
export function saveAnswer(browser: Browser, request: SaveRequest): Promise<SaveReply> {
  return postAnswer(request, 'en', UNREADABLE_REPLY, (path, init) => send(browser, path, init));
}

/** Records reading progress the way the lesson page does (lib/reading-progress.ts), with this browser's cookies. */
export function saveReadingProgress(
  browser: Browser,
  progress: { lessonSlug: string; furthestParagraph: number },
): Promise<ReadingProgressReply> {
  return postReadingProgress(progress, 'en', UNREADABLE_REPLY, (path, init) => send(browser, path, init));
}

export type ActionArgs = { form: Record<string, string>; withPreviousState: boolean } | { json: unknown[] };

/** Posts a Server Action call as React does and returns the raw response (a redirect, say, is not an error here). */
export async function postAction(
  browser: Browser,
  pagePath: string,
  actionId: string,
  args: ActionArgs,
): Promise<Response> {
  const headers: Record<string, string> = { 'Next-Action': actionId, Accept: 'text/x-component' };
  let body: string | FormData;
  if ('json' in args) {
    headers['Content-Type'] = 'text/plain;charset=UTF-8';
    body = JSON.stringify(args.json);
  } else {
    // The fields first and the root "0" last, as browsers send it: the server resolves "$K1" from fields already read.
    body = new FormData();
    for (const [name, value] of Object.entries(args.form)) body.append(`_1_${name}`, value);
    body.append('0', JSON.stringify(args.withPreviousState ? [{ status: 'idle' }, '$K1'] : ['$K1']));
  }
  return send(browser, pagePath, { method: 'POST', headers, body });
}

/**
 * Calls a Server Action and returns its decoded result; throws on a transport error or a status other than 200. The
 * proxy wants well-framed arguments (lib/server-action-request.ts): the encodings above are React's own.
 */
export async function callAction<Result>(
  browser: Browser,
  pagePath: string,
  actionId: string,
  args: ActionArgs,
): Promise<Result> {
  const response = await postAction(browser, pagePath, actionId, args);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return actionResult<Result>(text);
}

/**
 * The action's return value from a React Server Components response. Row 0 names the row that holds the result
 * ({"a":"$@1",…}); each row is "<hex id>:<json>" on its own line. The app's results are plain JSON objects, so no
 * other row type needs decoding.
 */
export function actionResult<Result>(payload: string): Result {
  const rows = new Map<string, string>();
  for (const line of payload.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) rows.set(line.slice(0, at), line.slice(at + 1));
  }
  const root = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
  const reference = typeof root?.a === 'string' ? /^\$@([0-9a-f]+)$/.exec(root.a) : null;
  if (!reference) return root?.a as Result;
  const row = rows.get(reference[1]!);
  if (row === undefined) throw new Error(`action result row ${reference[1]} missing: ${payload.slice(0, 200)}`);
  return JSON.parse(row) as Result;
}

/**
 * Joins a class as a new student the way the join page does with JavaScript (lib/join-request.ts), which leaves the
 * session cookie in this browser's jar; throws with the page's message when the app refuses or asks "Is this you?".
 */
export async function joinClass(browser: Browser, code: string, displayName: string): Promise<void> {
  const reply = await postJoin({ code, displayName }, 'en', UNREADABLE_REPLY, (path, init) =>
    send(browser, path, init),
  );
  if (reply.status === 'ok' && 'welcome' in reply) return;
  throw new Error(`join refused: ${reply.status === 'error' ? reply.message : 'name taken'}`);
}
