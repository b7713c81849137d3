// The school benchmark's tables, in Markdown, and each step's verdict.
import { percentile } from '../load/hammer';
import type { RequestKind } from '../load/student';
import type { Verdict } from '../load/verify';
import type { AtOnceResult } from './at-once';
import type { Usage } from './resources';
import type { StepResult } from './school';

/** A step passes with every student served (retries allowed), these p95s, and nothing lost. */
export const TARGETS = { pageP95Ms: 1_000, saveP95Ms: 300 };

const PAGE_KINDS: RequestKind[] = ['joinPage', 'lesson', 'quiz'];
const SAVE_KINDS: RequestKind[] = ['save', 'progress'];
const ALL_KINDS: RequestKind[] = ['joinPage', 'join', 'lesson', 'progress', 'quiz', 'save', 'submit'];

export type StepOutcome = StepResult & { verdict: Verdict; passed: boolean; why: string[]; title: string };

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const fmt = (value: number, digits = 0) =>
  Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function latencies(step: StepResult, kinds: RequestKind[]): number[] {
  return sorted(step.reports.flatMap((report) => kinds.flatMap((kind) => report.latencies[kind] ?? [])));
}

const p = (values: number[]) => [50, 95, 99].map((q) => fmt(percentile(values, q))).join(' / ');
const usage = (u: Usage) => `${fmt(u.cpuPercent)} % / ${fmt(u.peakMiB)}`;

function table(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** Judges a step against the targets; `verdict` is the nothing-lost check's. */
export function judge(step: StepResult, verdict: Verdict, setting = ''): StepOutcome {
  const why: string[] = [];
  const gaveUp = step.reports.filter((report) => report.gaveUp).length;
  if (gaveUp) why.push(`${gaveUp} students could not go on`);
  const pageP95 = percentile(latencies(step, PAGE_KINDS), 95);
  if (!(pageP95 < TARGETS.pageP95Ms)) why.push(`page p95 ${fmt(pageP95)} ms`);
  const saveP95 = percentile(latencies(step, SAVE_KINDS), 95);
  if (!(saveP95 < TARGETS.saveP95Ms)) why.push(`save p95 ${fmt(saveP95)} ms`);
  if (verdict.problems.length) why.push(`${verdict.problems.length} nothing-lost problems`);
  const title = `${fmt(step.students)}${setting ? ` (${setting})` : ''}`;
  return { ...step, verdict, passed: why.length === 0, why, title };
}

export function printStaircase(steps: StepOutcome[]): void {
  console.log("\nRequests per second by kind (the whole school's rate):\n");
  table(
    ['Students', 'Simulated', ...ALL_KINDS.map((kind) => `${kind}/s`), 'All/s'],
    steps.map((step) => {
      const count = (kind: RequestKind) =>
        step.reports.reduce((sum, report) => sum + (report.latencies[kind]?.length ?? 0), 0);
      const rates = ALL_KINDS.map((kind) => count(kind) / step.seconds);
      return [
        step.title,
        fmt(step.simulated),
        ...rates.map((rate) => fmt(rate, 1)),
        fmt(
          rates.reduce((a, b) => a + b, 0),
          1,
        ),
      ];
    }),
  );
  console.log(
    `\nLatency (ms, p50 / p95 / p99), failures, resources (CPU in % of one core / peak MiB), and the verdict ` +
      `(page p95 < ${fmt(TARGETS.pageP95Ms)} ms, save p95 < ${TARGETS.saveP95Ms} ms, no student stopped by errors, nothing lost):\n`,
  );
  table(
    [
      'Students',
      'Step s',
      'Pages',
      'Saves',
      'Joins',
      'Failed tries',
      'Gave up',
      'App',
      'PostgreSQL',
      'Load generator',
      'Saves stored / acked',
      'Verdict',
    ],
    steps.map((step) => [
      step.title,
      fmt(step.seconds),
      p(latencies(step, PAGE_KINDS)),
      p(latencies(step, SAVE_KINDS)),
      p(latencies(step, ['join'])),
      fmt(step.reports.reduce((sum, report) => sum + report.errors.length, 0)),
      fmt(step.reports.filter((report) => report.gaveUp).length),
      usage(step.usage.app),
      usage(step.usage.postgres),
      usage(step.usage.loadGenerator),
      `${fmt(step.verdict.matchingAnswers)} / ${fmt(step.verdict.expectedAnswers)}`,
      step.passed ? 'PASS' : `FAIL: ${step.why.join(', ')}`,
    ]),
  );
  const errors = steps.flatMap((step) => step.reports.flatMap((report) => report.errors));
  if (errors.length) {
    const counts = new Map<string, number>();
    for (const error of errors) {
      const key = error.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '…').slice(0, 160);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log('\nFailed tries, most frequent first:');
    for (const [error, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`  ${count} × ${error}`);
  }
  for (const step of steps)
    for (const problem of step.verdict.problems.slice(0, 5)) console.log(`  ${step.title}: ${problem}`);
}

export function printAtOnce(result: AtOnceResult, verdict: Verdict): void {
  console.log(
    `\nEveryone starts at once: ${fmt(result.students)} students on the lesson open the quiz within ` +
      `${fmt(result.windowMs / 1000)} s and save a first answer (CPU in % of one core / peak MiB, from the first ` +
      `click to the last reply):\n`,
  );
  const page = sorted(result.pageMs);
  const save = sorted(result.saveMs);
  table(
    [
      'Students',
      'Quiz page p50 / p95 / p99 ms',
      'First save p50 / p95 / p99 ms',
      'Errors',
      'Seconds',
      'App',
      'PostgreSQL',
      'Load generator',
      'Saves stored / acked',
    ],
    [
      [
        fmt(result.students),
        p(page),
        p(save),
        fmt(result.errors.length),
        result.seconds.toFixed(1),
        usage(result.usage.app),
        usage(result.usage.postgres),
        usage(result.usage.loadGenerator),
        `${fmt(verdict.matchingAnswers)} / ${fmt(verdict.expectedAnswers)}`,
      ],
    ],
  );
  for (const error of result.errors.slice(0, 5)) console.log(`  ${error}`);
  for (const problem of verdict.problems.slice(0, 5)) console.log(`  ${problem}`);
}
