// A class of simulated students working at once: every student starts within the ramp, as a class does when the
// teacher says "go".
import { performance } from 'node:perf_hooks';
import { loadQuizzes } from './answers';
import { seededRandom } from '../../lib/seeded-random';
import { runStudent, type ActionIds, type StudentReport } from './student';

export type ClassSetup = {
  baseURLs: string[];
  joinCode: string;
  actions: ActionIds;
  students: number;
  /** Distinct per class within a run, so that names and addresses never repeat. */
  label: string;
  firstIndex: number;
  pauseMs: { min: number; max: number };
  rampMs: number;
  patienceMs: number;
};

export type ClassResult = { students: number; reports: StudentReport[]; seconds: number; saveWindowSeconds: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runClass(setup: ClassSetup): Promise<ClassResult> {
  const quizzes = loadQuizzes();
  const started = performance.now();
  const reports = await Promise.all(
    Array.from({ length: setup.students }, async (_, i) => {
      const random = seededRandom(setup.firstIndex * 7919 + i);
      await sleep(random() * setup.rampMs);
      return runStudent({ ...setup, index: setup.firstIndex + i, runLabel: setup.label, quizzes, random });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const spans = reports.flatMap((report) => report.saveSpans);
  const saveWindowSeconds = spans.length
    ? (Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start))) / 1000
    : Number.NaN;
  return { students: setup.students, reports, seconds, saveWindowSeconds };
}
