// One step of the school staircase: N students, in classes of 30, ramp up and work through the lesson the way
// Moodle's published quiz load test models them (think time between answers, a ramp-up), for a bounded time.
//
// Time compression: with `compress` k, think times, drafts, ramp and duration are divided by k, and so is the number
// of simulated students. Each simulated student then works k times faster, so the requests per second (joins, pages,
// saves) are those of the whole school, in 1/k of the time and with 1/k of the sockets.
import { performance } from 'node:perf_hooks';
import { loadQuizzes } from '../load/answers';
import { runStudent, type ActionIds, type StudentReport } from '../load/student';
import { seededRandom } from '../../lib/seeded-random';
import { watchResources, type StepUsage } from './resources';

export const CLASS_SIZE = 30;

export type Range = { min: number; max: number };

/** A school's students, in real time (before compression). */
export type SchoolModel = {
  /** Before each item's first answer, and between reading-progress saves. Moodle's test: 30-90 s. */
  thinkMs: Range;
  /** Between later drafts of the same item (a changed mind). */
  draftMs: Range;
  /** Every student has started by then. Moodle's test: 180 s. */
  rampMs: number;
  /** How long a step runs; students still working then stop starting anything new. */
  durationMs: number;
  /** Reading progress saves while on the lesson (the page saves as one scrolls through the 10 paragraphs). */
  readingSaves: number;
  compress: number;
};

export type StepSetup = {
  baseURLs: string[];
  /** The school's join codes: student i joins class floor(i / 30). */
  joinCodes: string[];
  actions: ActionIds;
  students: number;
  /** Simulated student indexes start here, so names and addresses never repeat within a run. */
  firstIndex: number;
  label: string;
  paragraphs: number;
  appPids: number[];
  patienceMs: number;
};

export type StepResult = {
  students: number;
  simulated: number;
  reports: StudentReport[];
  seconds: number;
  usage: StepUsage;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const scale = (range: Range, k: number): Range => ({ min: range.min / k, max: range.max / k });

/** The class simulated student `index` joins: classes of 30, in order. */
export const joinCodeFor = (joinCodes: string[], index: number) =>
  joinCodes[Math.floor(index / CLASS_SIZE) % joinCodes.length]!;

/** How many simulated students stand for `students` real ones. */
export const simulatedCount = (students: number, compress: number) => Math.max(1, Math.ceil(students / compress));

export async function runStep(setup: StepSetup, model: SchoolModel): Promise<StepResult> {
  const k = model.compress;
  const simulated = simulatedCount(setup.students, k);
  const quizzes = loadQuizzes();
  const usage = watchResources(setup.appPids);
  const started = performance.now();
  const stopAt = started + model.durationMs / k;
  const reports = await Promise.all(
    Array.from({ length: simulated }, async (_, i) => {
      const index = setup.firstIndex + i;
      const random = seededRandom(index * 7919);
      await sleep((random() * model.rampMs) / k);
      return runStudent({
        baseURLs: setup.baseURLs,
        joinCode: joinCodeFor(setup.joinCodes, index),
        actions: setup.actions,
        index,
        runLabel: setup.label,
        quizzes,
        random,
        pauseMs: scale(model.draftMs, k),
        thinkMs: scale(model.thinkMs, k),
        readingSaves: { times: model.readingSaves, paragraphs: setup.paragraphs },
        stopAt,
        patienceMs: setup.patienceMs,
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { students: setup.students, simulated, reports, seconds, usage: usage.stop() };
}
