// One simulated student, over plain HTTP: opens the join page and joins the class, reads the lesson, answers every item of both quizzes
// (pausing between answers as a person would) and submits each quiz. Saves go through the quiz page's own answer
// queue (lib/quiz/save-queue.ts): in order, retried with the page's backoff when the app or its database is down.
// Where a person would reload or click again (a page that failed to load, a submit that failed), the student does
// too, with the same backoff.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LESSON_SLUG, planQuiz, type ItemPlan } from './answers';
import type { Quiz, QuizId } from '../../content/quiz-schema';
import { backoffMs, SaveQueue } from '../../lib/quiz/save-queue';
import {
  browserFor,
  callAction,
  getLessonPage,
  getPage,
  getQuizPage,
  joinClass,
  saveAnswer,
  saveReadingProgress,
  type Browser,
} from './http';
import type { SaveReply, SaveRequest, SubmitReply } from '../../lib/quiz/save-request';

export type ActionIds = { submit: string };

/** What a request was for: the school benchmark reports requests per second and latency by kind. */
export type RequestKind = 'joinPage' | 'join' | 'lesson' | 'progress' | 'quiz' | 'save' | 'submit';

export type StudentSetup = {
  baseURLs: string[];
  joinCode: string;
  /** Unique per student and run: the display name and the X-Forwarded-For address derive from it. */
  index: number;
  runLabel: string;
  quizzes: Quiz[];
  actions: ActionIds;
  pauseMs: { min: number; max: number };
  random: () => number;
  /** How long the student keeps retrying one step before giving up (a fault scenario needs longer than an outage). */
  patienceMs: number;
  /**
   * School model (bench/school): the think time before an item's first answer, as in a timed quiz; `pauseMs` then
   * spaces that item's later drafts. Without it, `pauseMs` comes before every answer.
   */
  thinkMs?: { min: number; max: number };
  /** School model: once on the lesson, the student saves reading progress this many times, a think time apart. */
  readingSaves?: { times: number; paragraphs: number };
  /** performance.now() after which the student starts nothing new: queued saves are sent, then the run ends. */
  stopAt?: number;
};

/** A save the server acknowledged ({status: 'ok'}); the checker looks for the last one per item in the database. */
export type AckedSave = { attemptId: string; itemId: string; saveId: string; seq: number };

export type StudentReport = {
  joined: boolean;
  pageMs: number[];
  /** Every save request sent, retries included, and how long its answer took. */
  saveMs: number[];
  /** Wall-clock start and end of each save request (performance.now()), for the saves-per-second window. */
  saveSpans: { start: number; end: number }[];
  acked: AckedSave[];
  submitted: string[];
  /** Requests that failed (a retry may have succeeded later); `gaveUp` says whether the student could not finish. */
  errors: string[];
  gaveUp: boolean;
  /** Every request's latency by kind, retries included. */
  latencies: Partial<Record<RequestKind, number[]>>;
};

export type { SaveRequest };
/** The app's own reply types, so that a change to them breaks the benchmark's build, not its runs. */
export type SaveResult = SaveReply;
type SubmitResult = SubmitReply;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function pause(setup: StudentSetup, range = setup.pauseMs): Promise<unknown> {
  const { min, max } = range;
  return sleep(min + setup.random() * (max - min));
}

const timeIsUp = (setup: StudentSetup) => setup.stopAt !== undefined && performance.now() >= setup.stopAt;

/** Runs one request and records its latency under `kind`, whether it succeeds or not. */
async function timed<T>(report: StudentReport, kind: RequestKind, request: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await request();
  } finally {
    (report.latencies[kind] ??= []).push(performance.now() - start);
  }
}

/** A private-range address per student: the join throttle allows 60 joins a minute per address. */
export function addressFor(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

/** Tries a step until it succeeds, waiting as the quiz page does between tries; throws once patience runs out. */
async function persist<T>(
  setup: StudentSetup,
  report: StudentReport,
  label: string,
  step: () => Promise<T>,
): Promise<T> {
  const deadline = performance.now() + setup.patienceMs;
  for (let failures = 1; ; failures += 1) {
    try {
      return await step();
    } catch (error) {
      report.errors.push(`${label}: ${messageOf(error)}`);
      if (performance.now() + backoffMs(failures) > deadline)
        throw new Error(`${label}: gave up after ${failures} tries`);
      await sleep(backoffMs(failures));
    }
  }
}

/** Runs one student from join to the second submit; failures are recorded, never thrown, so the run goes on. */
export async function runStudent(setup: StudentSetup): Promise<StudentReport> {
  const report: StudentReport = {
    joined: false,
    pageMs: [],
    saveMs: [],
    saveSpans: [],
    acked: [],
    submitted: [],
    errors: [],
    gaveUp: false,
    latencies: {},
  };
  const browser = browserFor(setup.baseURLs, addressFor(setup.index));
  try {
    await openPage(setup, '/en/join', 'joinPage', report, () => getPage(browser, '/en/join'));
    await persist(setup, report, 'join', async () => {
      await timed(report, 'join', () => joinClass(browser, setup.joinCode, `Load ${setup.runLabel} ${setup.index}`));
    });
    report.joined = true;
    await openPage(setup, `/en/lessons/${LESSON_SLUG}`, 'lesson', report, () => getLessonPage(browser, LESSON_SLUG));
    await readLesson(setup, browser, report);
    for (const quiz of setup.quizzes) {
      if (timeIsUp(setup)) break;
      await answerQuiz(setup, browser, quiz, report);
    }
  } catch (error) {
    report.errors.push(messageOf(error));
    report.gaveUp = true;
  }
  return report;
}

/** Opens a page (`load` fetches it as the browser would) and times it as a page of its kind. */
async function openPage(
  setup: StudentSetup,
  path: string,
  kind: RequestKind,
  report: StudentReport,
  load: () => Promise<{ status: number }>,
): Promise<void> {
  await persist(setup, report, `GET ${path}`, async () => {
    const start = performance.now();
    const page = await timed(report, kind, load);
    report.pageMs.push(performance.now() - start);
    if (page.status !== 200) throw new Error(`HTTP ${page.status}`);
  });
}

/** School model: reading the article, with the reading-progress saves the lesson page sends as one scrolls. */
async function readLesson(setup: StudentSetup, browser: Browser, report: StudentReport): Promise<void> {
  const { readingSaves, thinkMs } = setup;
  if (!readingSaves || !thinkMs) return;
  for (let save = 1; save <= readingSaves.times && !timeIsUp(setup); save += 1) {
    await pause(setup, thinkMs);
    const furthestParagraph = Math.ceil((save / readingSaves.times) * readingSaves.paragraphs);
    await persist(setup, report, 'reading progress', async () => {
      const saved = await timed(report, 'progress', () =>
        saveReadingProgress(browser, { lessonSlug: LESSON_SLUG, furthestParagraph }),
      );
      if (saved.status !== 'ok') throw new Error(`${saved.status} ${saved.message}`);
    });
  }
}

/** The quiz page's queue, sending over HTTP; every try is timed, every delivered save recorded. */
function answerQueue(setup: StudentSetup, browser: Browser, pagePath: string, report: StudentReport) {
  return new SaveQueue<SaveRequest, SaveResult>({
    send: async (request) => {
      const start = performance.now();
      try {
        const result = await timed(report, 'save', () => saveAnswer(browser, request));
        if (result.status === 'error') report.errors.push(`save ${request.itemId}: ${result.code} ${result.message}`);
        return result;
      } catch (error) {
        report.errors.push(`save ${request.itemId}: ${messageOf(error)}`);
        throw error;
      } finally {
        const end = performance.now();
        report.saveMs.push(end - start);
        report.saveSpans.push({ start, end });
      }
    },
    onResult: (request, result) => {
      if (result.status === 'ok')
        report.acked.push({
          attemptId: result.attemptId,
          itemId: request.itemId,
          saveId: request.saveId,
          seq: request.seq,
        });
    },
  });
}

/** Opens the quiz page, answers every item (drafts are autosaved, the last answer is checked), then submits. */
async function answerQuiz(setup: StudentSetup, browser: Browser, quiz: Quiz, report: StudentReport): Promise<void> {
  const pagePath = `/en/lessons/${LESSON_SLUG}/quiz/${quiz.id}`;
  await openPage(setup, pagePath, 'quiz', report, () => getQuizPage(browser, LESSON_SLUG, quiz.id));
  const queue = answerQueue(setup, browser, pagePath, report);
  let attemptId: string | null = null;
  try {
    for (const plan of planQuiz(quiz, setup.random)) {
      if (timeIsUp(setup)) break;
      const checked = await answerItem(setup, queue, quiz.id, plan);
      if (checked.status === 'ok') attemptId = checked.attemptId;
    }
    // As the page does before submitting: everything queued must have reached the server.
    if (!(await queue.drain(setup.patienceMs)))
      throw new Error(`${quiz.id}: saves still queued after ${setup.patienceMs} ms`);
  } finally {
    queue.dispose();
  }
  if (timeIsUp(setup)) return;
  if (!attemptId) throw new Error(`${quiz.id}: no attempt was started`);
  await pause(setup);
  await persist(setup, report, `submit ${quiz.id}`, async () => {
    const submitted = await timed(report, 'submit', () =>
      callAction<SubmitResult>(browser, pagePath, setup.actions.submit, {
        json: [{ lessonSlug: LESSON_SLUG, quizId: quiz.id, attemptId }],
      }),
    );
    if (submitted.status !== 'ok') throw new Error(submitted.message);
  });
  report.submitted.push(attemptId);
}

/** The answers to one item: each change is queued without waiting (autosave), the last one is a check, awaited. */
async function answerItem(
  setup: StudentSetup,
  queue: SaveQueue<SaveRequest, SaveResult>,
  quizId: QuizId,
  plan: ItemPlan,
): Promise<SaveResult> {
  let last: Promise<SaveResult> | null = null;
  for (const [index, response] of plan.responses.entries()) {
    await pause(setup, index === 0 && setup.thinkMs ? setup.thinkMs : setup.pauseMs);
    const check = index === plan.responses.length - 1;
    last = queue.enqueue({
      lessonSlug: LESSON_SLUG,
      quizId,
      attemptId: null,
      itemId: plan.itemId,
      response,
      saveId: randomUUID(),
      seq: index + 1,
      check,
    });
  }
  // The student waits for the feedback, but not forever.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${quizId}/${plan.itemId}: no feedback after ${setup.patienceMs} ms`)),
      setup.patienceMs,
    );
  });
  return Promise.race([last!, timeout]).finally(() => clearTimeout(timer));
}
