// Throughput without pauses: N clients send answer saves back to back for a few seconds, then N clients ask the
// liveness probe (/api/health, a route handler that does nothing) back to back for as long. The probe is the most
// requests per second this app's framework serves on this machine; the ratio says what a save costs on top.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LESSON_SLUG, planQuiz } from './answers';
import type { Quiz } from '../../content/quiz-schema';
import { seededRandom } from '../../lib/seeded-random';
import { browserFor, callAction, getPage, type Browser } from './http';
import { addressFor, type ActionIds, type AckedSave, type SaveResult } from './student';

export const CEILING_PATH = '/api/health';

export type Throughput = { requests: number; errors: number; perSecond: number; p50: number; p95: number; p99: number };
export type Saturation = { clients: number; saves: Throughput; ceiling: Throughput; acked: AckedSave[] };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** `clients` loops calling `request` until `seconds` have passed; requests per second count successes only. */
async function hammer(clients: number, seconds: number, request: (client: number) => Promise<boolean>): Promise<Throughput> {
  const started = performance.now();
  const until = started + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < until) {
        const start = performance.now();
        const ok = await request(client).catch(() => false);
        latencies.push(performance.now() - start);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => percentile(latencies, q);
  return { requests: latencies.length, errors, perSecond: (latencies.length - errors) / elapsed, p50: p(50), p95: p(95), p99: p(99) };
}

/** A joined student with a started attempt at the quiz, ready to save. */
async function readyStudent(baseURLs: string[], joinCode: string, index: number, actions: ActionIds, quiz: Quiz) {
  const browser = browserFor(baseURLs, addressFor(index));
  const joined = await callAction<{ status: string }>(browser, '/en/join', actions.join, {
    form: { code: joinCode, displayName: `Throughput ${index}` },
    withPreviousState: true,
  });
  if (joined.status !== 'joined') throw new Error(`throughput student ${index} could not join: ${joined.status}`);
  // Every item with one valid response: the saves cycle through them as drafts (never a check, which would lock it).
  const plans = planQuiz(quiz, seededRandom(index)).map((plan) => ({ itemId: plan.itemId, response: plan.responses[0] }));
  return { browser, plans, attemptId: null as string | null, seq: 0 };
}

async function saveOnce(student: Awaited<ReturnType<typeof readyStudent>>, quiz: Quiz, actions: ActionIds, acked: AckedSave[]): Promise<boolean> {
  student.seq += 1;
  const plan = student.plans[student.seq % student.plans.length]!;
  const request = { lessonSlug: LESSON_SLUG, quizId: quiz.id, attemptId: student.attemptId, itemId: plan.itemId, response: plan.response, saveId: randomUUID(), seq: student.seq, check: false };
  const result = await callAction<SaveResult>(student.browser, `/en/lessons/${LESSON_SLUG}/quiz/${quiz.id}`, actions.save, { json: [request] });
  if (result.status !== 'ok') return false;
  student.attemptId = result.attemptId;
  acked.push({ attemptId: result.attemptId, itemId: plan.itemId, saveId: request.saveId, seq: request.seq });
  return true;
}

/** Saves back to back, then the ceiling, with the same number of clients for the same time. */
export async function measureSaturation(setup: {
  baseURLs: string[];
  joinCode: string;
  clients: number;
  seconds: number;
  firstIndex: number;
  actions: ActionIds;
  quiz: Quiz;
}): Promise<Saturation> {
  const students = await Promise.all(
    Array.from({ length: setup.clients }, (_, i) => readyStudent(setup.baseURLs, setup.joinCode, setup.firstIndex + i, setup.actions, setup.quiz)),
  );
  const acked: AckedSave[] = [];
  const saves = await hammer(setup.clients, setup.seconds, (client) => saveOnce(students[client]!, setup.quiz, setup.actions, acked));
  const probes: Browser[] = students.map((student) => student.browser);
  const ceiling = await hammer(setup.clients, setup.seconds, async (client) => (await getPage(probes[client]!, CEILING_PATH)).status === 200);
  return { clients: setup.clients, saves, ceiling, acked };
}
