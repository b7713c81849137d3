// Throughput without pauses: N clients send answer saves back to back for a few seconds, then N clients ask the
// liveness probe (/api/health, a route handler that does nothing) back to back for as long. The probe is the most
// requests per second this app's framework serves on this machine; the ratio says what a save costs on top.
import { randomUUID } from 'node:crypto';
import { LESSON_SLUG, planQuiz } from './answers';
import { hammer, type Throughput } from './hammer';
import type { Quiz } from '../../content/quiz-schema';
import { seededRandom } from '../../lib/seeded-random';
import { browserFor, getPage, joinClass, saveAnswer, type Browser } from './http';
import { addressFor, type ActionIds, type AckedSave } from './student';

export const CEILING_PATH = '/api/health';

/** `failures`: why saves failed, for the report (a failed save here is not retried: the next one is sent instead). */
export type Saturation = {
  clients: number;
  saves: Throughput;
  ceiling: Throughput;
  acked: AckedSave[];
  failures: string[];
};

/** A joined student with a started attempt at the quiz, ready to save. */
async function readyStudent(baseURLs: string[], joinCode: string, index: number, quiz: Quiz) {
  const browser = browserFor(baseURLs, addressFor(index));
  await joinClass(browser, joinCode, `Throughput ${index}`);
  // Every item with one valid response: the saves cycle through them as drafts (never a check, which would lock it).
  const plans = planQuiz(quiz, seededRandom(index)).map((plan) => ({
    itemId: plan.itemId,
    response: plan.responses[0],
  }));
  return { browser, plans, attemptId: null as string | null, seq: 0 };
}

async function saveOnce(
  student: Awaited<ReturnType<typeof readyStudent>>,
  quiz: Quiz,
  actions: ActionIds,
  acked: AckedSave[],
  failures: string[],
): Promise<boolean> {
  student.seq += 1;
  const plan = student.plans[student.seq % student.plans.length]!;
  const request = {
    lessonSlug: LESSON_SLUG,
    quizId: quiz.id,
    attemptId: student.attemptId,
    itemId: plan.itemId,
    response: plan.response,
    saveId: randomUUID(),
    seq: student.seq,
    check: false,
  };
  const result = await saveAnswer(student.browser, request).catch((error: unknown) => ({
    status: 'error' as const,
    code: 'transport',
    message: error instanceof Error ? error.message : String(error),
  }));
  if (result.status !== 'ok') {
    failures.push(`${result.code} ${result.message}`.slice(0, 120));
    return false;
  }
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
    Array.from({ length: setup.clients }, (_, i) =>
      readyStudent(setup.baseURLs, setup.joinCode, setup.firstIndex + i, setup.quiz),
    ),
  );
  const acked: AckedSave[] = [];
  const failures: string[] = [];
  const saves = await hammer(setup.clients, setup.seconds, (client) =>
    saveOnce(students[client]!, setup.quiz, setup.actions, acked, failures),
  );
  const probes: Browser[] = students.map((student) => student.browser);
  const ceiling = await hammer(
    setup.clients,
    setup.seconds,
    async (client) => (await getPage(probes[client]!, CEILING_PATH)).status === 200,
  );
  return { clients: setup.clients, saves, ceiling, acked, failures };
}
