// "Everyone starts at once", the stress point of Moodle's published test: students already on the lesson all press
// "start quiz" within a few seconds. Each opens the quiz page and saves a first answer (which starts the attempt).
// Getting them onto the lesson is not measured, and is paced so that it is not itself a stampede.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LESSON_SLUG, loadQuizzes, planQuiz } from '../load/answers';
import { browserFor, getLessonPage, getQuizPage, joinClass, saveAnswer, type Browser } from '../load/http';
import { addressFor, type AckedSave } from '../load/student';
import { seededRandom } from '../../lib/seeded-random';
import { watchResources, type StepUsage } from './resources';
import { joinCodeFor } from './school';

export type AtOnceResult = {
  students: number;
  windowMs: number;
  pageMs: number[];
  saveMs: number[];
  /** Requests that failed; each student tries once, as a person pressing a button would before pressing again. */
  errors: string[];
  acked: AckedSave[];
  /** From the first student's click to the last reply: CPU of the app, PostgreSQL and this process. */
  usage: StepUsage;
  seconds: number;
};

/** At most this many students are joining at once while the scenario is set up. */
const SETUP_CONCURRENCY = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function joinAndOpenLesson(browser: Browser, joinCode: string, index: number) {
  for (let attempt = 1; ; attempt += 1) {
    const failure = await joinClass(browser, joinCode, `At once ${index}`).then(
      () => null,
      (error: unknown) => error,
    );
    if (!failure) break;
    if (attempt >= 10) throw new Error(`student ${index} could not join: ${String(failure)}`);
    await sleep(1_000 * attempt);
  }
  await getLessonPage(browser, LESSON_SLUG);
}

export async function everyoneAtOnce(setup: {
  baseURLs: string[];
  joinCodes: string[];
  students: number;
  firstIndex: number;
  windowMs: number;
  appPids: number[];
}): Promise<AtOnceResult> {
  const quiz = loadQuizzes()[0]!;
  const indexes = Array.from({ length: setup.students }, (_, i) => setup.firstIndex + i);
  const browsers = new Map<number, Browser>();
  let next = 0;
  await Promise.all(
    Array.from({ length: SETUP_CONCURRENCY }, async () => {
      while (next < indexes.length) {
        const index = indexes[next++]!;
        const browser = browserFor(setup.baseURLs, addressFor(index));
        await joinAndOpenLesson(browser, joinCodeFor(setup.joinCodes, index), index);
        browsers.set(index, browser);
      }
    }),
  );
  const result: Omit<AtOnceResult, 'usage' | 'seconds'> = {
    students: setup.students,
    windowMs: setup.windowMs,
    pageMs: [],
    saveMs: [],
    errors: [],
    acked: [],
  };
  const usage = watchResources(setup.appPids);
  const started = performance.now();
  await Promise.all(
    indexes.map(async (index) => {
      const random = seededRandom(index * 104_729);
      await sleep(random() * setup.windowMs);
      const browser = browsers.get(index)!;
      let start = performance.now();
      const page = await getQuizPage(browser, LESSON_SLUG, quiz.id).catch((error: unknown) => ({
        status: String(error),
        bytes: 0,
      }));
      result.pageMs.push(performance.now() - start);
      if (page.status !== 200) return void result.errors.push(`quiz page: ${page.status}`);
      const plan = planQuiz(quiz, random)[0]!;
      const request = {
        lessonSlug: LESSON_SLUG,
        quizId: quiz.id,
        attemptId: null,
        itemId: plan.itemId,
        response: plan.responses[0]!,
        saveId: randomUUID(),
        seq: 1,
        check: false,
      };
      start = performance.now();
      try {
        const saved = await saveAnswer(browser, request);
        if (saved.status === 'ok')
          result.acked.push({ attemptId: saved.attemptId, itemId: plan.itemId, saveId: request.saveId, seq: 1 });
        else result.errors.push(`first save: ${saved.code} ${saved.message}`);
      } catch (error) {
        result.errors.push(`first save: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        result.saveMs.push(performance.now() - start);
      }
    }),
  );
  return { ...result, usage: usage.stop(), seconds: (performance.now() - started) / 1000 };
}
