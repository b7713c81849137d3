// One simulated student, over plain HTTP: joins the class, reads the lesson, answers every item of both quizzes with
// the quiz page's autosave action (pausing between saves as a person would), and submits each quiz.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LESSON_SLUG, planQuiz, type ItemPlan } from './answers';
import type { Quiz } from '../../content/quiz-schema';
import { callAction, CookieJar, getPage, type Browser } from './http';

export type ActionIds = { join: string; save: string; submit: string };

export type StudentSetup = {
  baseURL: string;
  joinCode: string;
  /** Unique per student and run: the display name and the X-Forwarded-For address derive from it. */
  index: number;
  runLabel: string;
  quizzes: Quiz[];
  actions: ActionIds;
  pauseMs: { min: number; max: number };
  random: () => number;
};

/** A save the server acknowledged ({status: 'ok'}); the checker looks for the last one per item in the database. */
export type AckedSave = { attemptId: string; itemId: string; saveId: string; seq: number; checked: boolean };

export type StudentReport = {
  joined: boolean;
  pageMs: number[];
  saveMs: number[];
  /** Wall-clock start and end of each save (performance.now()), for the saves-per-second window. */
  saveSpans: { start: number; end: number }[];
  acked: AckedSave[];
  submitted: string[];
  errors: string[];
};

type SaveResult = { status: 'ok'; attemptId: string; itemId: string; checked: boolean } | { status: 'error'; code: string; message: string };
type SubmitResult = { status: 'ok'; resultsPath: string } | { status: 'error'; message: string };
type JoinState = { status: string; message?: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pause(setup: StudentSetup): Promise<unknown> {
  const { min, max } = setup.pauseMs;
  return sleep(min + setup.random() * (max - min));
}

/** A private-range address per student: the join throttle allows 60 joins a minute per address. */
function addressFor(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

/** Runs one student from join to the second submit; failures are recorded, never thrown, so the run goes on. */
export async function runStudent(setup: StudentSetup): Promise<StudentReport> {
  const report: StudentReport = { joined: false, pageMs: [], saveMs: [], saveSpans: [], acked: [], submitted: [], errors: [] };
  const browser: Browser = { baseURL: setup.baseURL, jar: new CookieJar(), address: addressFor(setup.index) };
  try {
    const joined = await callAction<JoinState>(browser, '/en/join', setup.actions.join, {
      form: { code: setup.joinCode, displayName: `Load ${setup.runLabel} ${setup.index}` },
      withPreviousState: true,
    });
    if (joined.status !== 'joined') throw new Error(`join: ${joined.status} ${joined.message ?? ''}`);
    report.joined = true;
    await timedPage(browser, `/en/lessons/${LESSON_SLUG}`, report);
    for (const quiz of setup.quizzes) await answerQuiz(setup, browser, quiz, report);
  } catch (error) {
    report.errors.push(error instanceof Error ? error.message : String(error));
  }
  return report;
}

async function timedPage(browser: Browser, path: string, report: StudentReport): Promise<void> {
  const start = performance.now();
  const page = await getPage(browser, path);
  report.pageMs.push(performance.now() - start);
  if (page.status !== 200) report.errors.push(`GET ${path}: HTTP ${page.status}`);
}

/** Opens the quiz page, saves every planned response of every item in order, then submits. */
async function answerQuiz(setup: StudentSetup, browser: Browser, quiz: Quiz, report: StudentReport): Promise<void> {
  const pagePath = `/en/lessons/${LESSON_SLUG}/quiz/${quiz.id}`;
  await timedPage(browser, pagePath, report);
  let attemptId: string | null = null;
  for (const plan of planQuiz(quiz, setup.random)) {
    attemptId = await answerItem(setup, browser, pagePath, quiz.id, attemptId, plan, report);
  }
  if (!attemptId) throw new Error(`${quiz.id}: no attempt was started`);
  await pause(setup);
  const submitted = await callAction<SubmitResult>(browser, pagePath, setup.actions.submit, {
    json: [{ lessonSlug: LESSON_SLUG, quizId: quiz.id, attemptId }],
  }).catch((error: unknown) => ({ status: 'error' as const, message: error instanceof Error ? error.message : String(error) }));
  if (submitted.status === 'ok') report.submitted.push(attemptId);
  else report.errors.push(`submit ${quiz.id}: ${submitted.message}`);
}

/** The saves of one item; returns the attempt id (the first save of a quiz starts the attempt). */
async function answerItem(
  setup: StudentSetup,
  browser: Browser,
  pagePath: string,
  quizId: string,
  attemptId: string | null,
  plan: ItemPlan,
  report: StudentReport,
): Promise<string | null> {
  for (const [index, response] of plan.responses.entries()) {
    await pause(setup);
    const check = index === plan.responses.length - 1;
    const request = { lessonSlug: LESSON_SLUG, quizId, attemptId, itemId: plan.itemId, response, saveId: randomUUID(), seq: index + 1, check };
    const start = performance.now();
    let result: SaveResult;
    try {
      result = await callAction<SaveResult>(browser, pagePath, setup.actions.save, { json: [request] });
    } catch (error) {
      result = { status: 'error', code: 'transport', message: error instanceof Error ? error.message : String(error) };
    }
    const end = performance.now();
    report.saveMs.push(end - start);
    report.saveSpans.push({ start, end });
    if (result.status === 'ok') {
      attemptId = result.attemptId;
      report.acked.push({ attemptId, itemId: plan.itemId, saveId: request.saveId, seq: request.seq, checked: result.checked });
    } else {
      report.errors.push(`save ${quizId}/${plan.itemId}: ${result.code} ${result.message}`);
    }
  }
  return attemptId;
}
