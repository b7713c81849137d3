// The signed-in visitors the audited pages need, made over plain HTTP before any browser starts: students who joined
// the demo class (one has submitted a quiz, so that its results page exists) and the demo teacher.
import { randomUUID } from 'node:crypto';
import type { SaveRequest, SubmitReply } from '../../lib/quiz/save-request';
import type { Quiz } from '../../content/quiz-schema';
import { DEMO } from '../../e2e/support/demo';
import { seededRandom } from '../../lib/seeded-random';
import { LESSON_SLUG, loadQuizzes, planQuiz } from '../load/answers';
import {
  benchActions,
  browserFor,
  callAction,
  joinClass,
  saveAnswer,
  postAction,
  type BenchActions,
  type Browser,
} from '../load/http';
import { addressFor } from '../load/student';
import type { Cookie } from './lighthouse';

export type Visitors = {
  teacher: Browser;
  /** The demo class's page, e.g. /en/teacher/classes/<id>/lessons/<slug> (English; swap the prefix for another language). */
  classPath: string;
  joinCode: string;
  /** Joined the class and submitted the first quiz; has not started the second. */
  student: Browser;
  /** The second quiz: its page shows the questions (a submitted quiz's page redirects to its results). */
  openQuizId: string;
  /** The first quiz's results page, without the language prefix (as the submit action returns it). */
  resultsPath: string;
};

/** A fresh browser with its own address: the app throttles joins and sign-ins per address. */
export function newBrowser(baseURL: string, index: number): Browser {
  return browserFor([baseURL], addressFor(index));
}

/** A simulated browser's cookies, for a real one to hold. */
export function cookiesOf(browser: Browser): Cookie[] {
  return browser.jar
    .header()
    .split('; ')
    .filter(Boolean)
    .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) }));
}

/** The body of a page that must answer 200: a redirect (to sign-in, say) would audit the wrong page. */
export async function pageHtml(browser: Browser, path: string): Promise<string> {
  const response = await fetch(`${browser.baseURLs[0]}${path}`, {
    redirect: 'manual',
    headers: { Cookie: browser.jar.header(), 'X-Forwarded-For': browser.address, Accept: 'text/html' },
  });
  const body = await response.text();
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status} ${response.headers.get('location') ?? ''}, not 200`);
  return body;
}

/**
 * Signs the demo teacher in with the sign-in form's Server Action, which answers with a redirect to /teacher once the
 * session cookie is set; reading /en/teacher (200, not a redirect to sign-in) proves the session.
 */
async function signInTeacher(
  baseURL: string,
  actions: BenchActions,
): Promise<{ teacher: Browser; classPath: string; joinCode: string }> {
  const teacher = newBrowser(baseURL, 0);
  const credentials = { email: DEMO.email, password: DEMO.password };
  const signedIn = await postAction(teacher, '/en/teacher/signin', actions.signIn, {
    form: credentials,
    withPreviousState: true,
  });
  await signedIn.text();
  const home = await pageHtml(teacher, '/en/teacher');
  const classPath = /href="(\/en\/teacher\/classes\/[0-9a-f-]{36}\/lessons\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!classPath)
    throw new Error('the demo teacher is signed in but /en/teacher lists no class: did the demo seed run?');
  const classPage = await pageHtml(teacher, classPath);
  // ClassManagement shows the code in the paragraph right after the "join-code" heading.
  const joinCode = /id="join-code"[^>]*>.*?<\/h2>\s*<p[^>]*>([A-Z0-9-]+)<\/p>/s.exec(classPage)?.[1];
  if (!joinCode) throw new Error(`no join code found on ${classPath}`);
  return { teacher, classPath, joinCode };
}

/** Joins the class as a new student; `index` keeps names and addresses apart. */
export async function joinStudent(baseURL: string, joinCode: string, index: number): Promise<Browser> {
  const student = newBrowser(baseURL, index);
  await joinClass(student, joinCode, `Page bench ${index}`);
  return student;
}

/** Answers every item of `quiz` (the final answers of bench/load's plan) and submits; returns the results path. */
async function submitQuiz(student: Browser, quiz: Quiz, actions: BenchActions): Promise<string> {
  const pagePath = `/en/lessons/${LESSON_SLUG}/quiz/${quiz.id}`;
  let attemptId: string | null = null;
  for (const [seq, plan] of planQuiz(quiz, seededRandom(1)).entries()) {
    const request: SaveRequest = {
      lessonSlug: LESSON_SLUG,
      quizId: quiz.id,
      attemptId,
      itemId: plan.itemId,
      response: plan.responses.at(-1),
      saveId: randomUUID(),
      seq: seq + 1,
      check: true,
    };
    const saved = await saveAnswer(student, request);
    if (saved.status !== 'ok') throw new Error(`save ${plan.itemId}: ${saved.code} ${saved.message}`);
    attemptId = saved.attemptId;
  }
  const submitted = await callAction<SubmitReply>(student, pagePath, actions.submit, {
    json: [{ lessonSlug: LESSON_SLUG, quizId: quiz.id, attemptId }],
  });
  if (submitted.status !== 'ok') throw new Error(`submit ${quiz.id}: ${submitted.message}`);
  return submitted.resultsPath;
}

/** The signed-in teacher and one student with a submitted quiz, on the app at `baseURL` seeded by scripts/seed-demo.mjs (as the e2e servers are). */
export async function makeVisitors(baseURL: string): Promise<Visitors> {
  const actions = benchActions();
  const { teacher, classPath, joinCode } = await signInTeacher(baseURL, actions);
  const student = await joinStudent(baseURL, joinCode, 1);
  const [submitted, open] = loadQuizzes();
  const resultsPath = await submitQuiz(student, submitted!, actions);
  return { teacher, classPath, joinCode, student, openQuizId: open!.id, resultsPath };
}
