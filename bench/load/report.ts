// The benchmark's tables, in Markdown, so that a run can be pasted into the README as it is.
import type { ClassResult } from './classroom';
import type { FaultResult } from './faults';
import type { SharedStateCheck } from './instances';
import { percentile } from './hammer';
import { CEILING_PATH, type Saturation } from './saturation';
import type { Verdict } from './verify';

export type Section = { name: string; verdict: Verdict };

/** Issue 17's targets, checked at 50 clients on PostgreSQL. */
const TARGET_RATIO = 0.35;
const TARGET_P99_MS = 150;
const TARGET_CLIENTS = 50;

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function table(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** Saves per second over the window in which saves were sent, acknowledged ones only. */
function savesPerSecond(result: ClassResult): number {
  return sum(result.reports.map((report) => report.acked.length)) / result.saveWindowSeconds;
}

export function printLevels(levels: ClassResult[]): void {
  if (!levels.length) return;
  console.log("\nClasses working at once, with a person's pauses between answers:\n");
  table(
    [
      'Students',
      'Finished',
      'Save requests',
      'Saves/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'Failed requests',
      'Page p95 ms',
      'Class s',
    ],
    levels.map((level) => {
      const saveMs = sorted(level.reports.flatMap((report) => report.saveMs));
      const pageMs = sorted(level.reports.flatMap((report) => report.pageMs));
      return [
        String(level.students),
        String(level.reports.filter((report) => !report.gaveUp).length),
        String(saveMs.length),
        savesPerSecond(level).toFixed(1),
        ms(percentile(saveMs, 50)),
        ms(percentile(saveMs, 95)),
        ms(percentile(saveMs, 99)),
        String(sum(level.reports.map((report) => report.errors.length))),
        ms(percentile(pageMs, 95)),
        level.seconds.toFixed(0),
      ];
    }),
  );
  printErrors(
    levels.map((level) => ({
      label: `Class of ${level.students}`,
      errors: level.reports.flatMap((report) => report.errors),
    })),
  );
}

export function printThroughput(rows: Saturation[], targets: boolean): void {
  if (!rows.length) return;
  console.log(
    `\nBack to back, no pauses: answer saves, then ${CEILING_PATH} (a route handler that does nothing), same clients and time:\n`,
  );
  table(
    [
      'Clients',
      'Saves/s',
      'p50 ms',
      'p99 ms',
      'Errors',
      `${CEILING_PATH} req/s`,
      'p50 ms',
      'p99 ms',
      'Saves ÷ ceiling',
    ],
    rows.map((row) => [
      String(row.clients),
      row.saves.perSecond.toFixed(0),
      ms(row.saves.p50),
      ms(row.saves.p99),
      String(row.saves.errors),
      row.ceiling.perSecond.toFixed(0),
      ms(row.ceiling.p50),
      ms(row.ceiling.p99),
      (row.saves.perSecond / row.ceiling.perSecond).toFixed(2),
    ]),
  );
  printErrors(rows.map((row) => ({ label: `${row.clients} clients back to back`, errors: row.failures })));
  const atTarget = rows.find((row) => row.clients === TARGET_CLIENTS);
  if (targets && atTarget) {
    const ratio = atTarget.saves.perSecond / atTarget.ceiling.perSecond;
    console.log(
      `\nTarget at ${TARGET_CLIENTS} clients: saves ≥ ${TARGET_RATIO * 100}% of the ceiling: ${(ratio * 100).toFixed(0)}% ${ratio >= TARGET_RATIO ? 'PASS' : 'MISS'}; ` +
        `save p99 < ${TARGET_P99_MS} ms: ${ms(atTarget.saves.p99)} ms ${atTarget.saves.p99 < TARGET_P99_MS ? 'PASS' : 'MISS'}.`,
    );
  }
}

export function printScenarios(scenarios: FaultResult[], sections: Section[]): void {
  console.log('\nNothing lost, nothing doubled (read from the database after the app stopped):\n');
  const byName = new Map(scenarios.map((scenario) => [scenario.fault, scenario]));
  table(
    [
      'Run',
      'Students',
      'Fault s',
      'Failed requests',
      'Gave up',
      'Saves acknowledged',
      'Answers expected',
      'Stored',
      'Hold the last save',
      'Submits',
      'Scored once',
      'Verdict',
    ],
    sections.map(({ name, verdict }) => {
      const scenario = byName.get(name);
      return [
        name,
        scenario ? String(scenario.students) : '',
        scenario && Number.isFinite(scenario.faultSeconds) ? scenario.faultSeconds.toFixed(1) : '',
        scenario ? String(sum(scenario.reports.map((report) => report.errors.length))) : '',
        scenario ? String(scenario.reports.filter((report) => report.gaveUp).length) : '',
        String(verdict.ackedSaves),
        String(verdict.expectedAnswers),
        String(verdict.storedAnswers),
        String(verdict.matchingAnswers),
        String(verdict.ackedSubmits),
        String(verdict.scoredAttempts),
        verdict.problems.length ? `FAIL (${verdict.problems.length})` : 'PASS',
      ];
    }),
  );
  for (const { name, verdict } of sections)
    for (const problem of verdict.problems.slice(0, 10)) console.log(`  - ${name}: ${problem}`);
  printErrors(
    scenarios.map((scenario) => ({
      label: scenario.fault,
      errors: scenario.reports.flatMap((report) => report.errors),
    })),
  );
}

/** The failed requests of each run, grouped: what students ran into. */
function printErrors(runs: { label: string; errors: string[] }[]): void {
  for (const run of runs) {
    const counts = new Map<string, number>();
    for (const error of run.errors) {
      // Grouped by what went wrong, not by which item or attempt it happened to.
      const kind = error
        .replace(/[0-9a-f-]{36}/g, '…')
        .replace(/^save \S+:/, 'save:')
        .slice(0, 120);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    if (!counts.size) continue;
    console.log(`\n${run.label}: failed requests, retried`);
    for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6))
      console.log(`  ${count} × ${kind}`);
  }
}

export function printChecks(checks: SharedStateCheck[]): void {
  if (!checks.length) return;
  console.log('\nTwo instances, one database:\n');
  table(
    ['Check', 'Result', 'Detail'],
    checks.map((check) => [check.name, check.ok ? 'PASS' : 'FAIL', check.detail]),
  );
}
