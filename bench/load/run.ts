// Load and reliability benchmark: `npm run bench:load` (`-- --students 10,50 --pause 100-400` for a quick run).
// Starts the built app on a brand-new database (PGlite in a temporary folder, and also a fresh PostgreSQL database
// when DATABASE_URL is set), seeds the demo class, and lets N students join, read the lesson and answer both quizzes
// over plain HTTP at once. Prints save latency and throughput next to the framework's ceiling, then stops the app and
// checks in the database that every acknowledged save and submit is there exactly once. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startApp } from '../../e2e/support/app-process';
import { seededRandom } from '../../lib/seeded-random';
import { createFreshDatabase } from '../../scripts/fresh-database.mjs';
import { loadQuizzes } from './answers';
import { actionIds, CookieJar, getPage } from './http';
import { runStudent, type ActionIds, type StudentReport } from './student';
import { verify, type Target, type Verdict } from './verify';

type Env = Record<string, string | undefined>;
type Options = { levels: number[]; pauseMs: { min: number; max: number }; ceilingSeconds: number; rampMs: number };
type Database = { label: string; env: Env; target: Target; cleanup: () => Promise<void> };
type Ceiling = { requests: number; errors: number; perSecond: number; p50: number; p95: number };
type LevelResult = { students: number; reports: StudentReport[]; seconds: number; saveWindowSeconds: number; ceiling: Ceiling };

/** The cheapest endpoint the app has: a static file, served without the proxy, a page or the database. */
const CEILING_PATH = '/icon.svg';

function optionsFromArgs(): Options {
  const { values } = parseArgs({
    options: {
      students: { type: 'string', default: '10,50,200' },
      pause: { type: 'string', default: '200-800' },
      'ceiling-seconds': { type: 'string', default: '5' },
      ramp: { type: 'string', default: '2000' },
    },
  });
  const levels = values.students.split(',').map(Number);
  if (!levels.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`--students takes whole numbers like 10,50,200, not "${values.students}"`);
  const pause = /^(\d+)-(\d+)$/.exec(values.pause);
  if (!pause || Number(pause[1]) > Number(pause[2])) throw new Error(`--pause takes a range in ms like 200-800, not "${values.pause}"`);
  return {
    levels,
    pauseMs: { min: Number(pause[1]), max: Number(pause[2]) },
    ceilingSeconds: Number(values['ceiling-seconds']),
    rampMs: Number(values.ramp),
  };
}


function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The databases to run on: PGlite always, PostgreSQL too when DATABASE_URL names a server. */
async function databases(): Promise<Database[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fuente-load-'));
  const list: Database[] = [
    {
      label: 'PGlite (embedded, temporary data folder)',
      env: { DATABASE_URL: undefined, FUENTE_DATA_DIR: dataDir },
      target: { kind: 'pglite', dataDir },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    },
  ];
  if (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL) {
    const fresh = await createFreshDatabase('load');
    list.push({ label: 'PostgreSQL (fresh database)', env: fresh.env, target: { kind: 'postgres', url: fresh.env.DATABASE_URL! }, cleanup: fresh.cleanup });
  }
  return list;
}

/** Runs `npm run demo` on the database (migrations included) and returns the demo class's join code. */
function seedDemoClass(env: Env): string {
  const defined = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined));
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/demo.ts'], {
    env: defined as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  const code = /Join code:\s*(\S+)/.exec(result.stdout ?? '')?.[1];
  if (result.status !== 0 || !code) throw new Error(`npm run demo failed: ${result.stderr || result.stdout}`);
  return code;
}

/** N clients fetching the cheapest endpoint back to back: the most requests per second the framework serves here. */
async function measureCeiling(baseURL: string, clients: number, seconds: number): Promise<Ceiling> {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, index) => {
      const browser = { baseURL, jar: new CookieJar(), address: `10.255.${index >> 8}.${index & 255}` };
      while (performance.now() < until) {
        const start = performance.now();
        const page = await getPage(browser, CEILING_PATH).catch(() => ({ status: 0, bytes: 0 }));
        latencies.push(performance.now() - start);
        if (page.status !== 200) errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, perSecond: (latencies.length - errors) / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** One concurrency level: every student starts within the ramp, as a class does when the teacher says "go". */
async function runLevel(baseURL: string, joinCode: string, actions: ActionIds, students: number, options: Options): Promise<LevelResult> {
  const quizzes = loadQuizzes();
  const started = performance.now();
  const reports = await Promise.all(
    Array.from({ length: students }, async (_, i) => {
      const random = seededRandom(students * 100_003 + i);
      await sleep(random() * options.rampMs);
      // Student indexes are unique across levels, so addresses and names never repeat within a run.
      return runStudent({ baseURL, joinCode, index: students * 1000 + i, runLabel: `n${students}`, quizzes, actions, pauseMs: options.pauseMs, random });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const spans = reports.flatMap((report) => report.saveSpans);
  const saveWindowSeconds = spans.length ? (Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start))) / 1000 : Number.NaN;
  const ceiling = await measureCeiling(baseURL, students, options.ceilingSeconds);
  return { students, reports, seconds, saveWindowSeconds, ceiling };
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0));

function levelRow(level: LevelResult): string {
  const saveMs = level.reports.flatMap((report) => report.saveMs).sort((a, b) => a - b);
  const pageMs = level.reports.flatMap((report) => report.pageMs).sort((a, b) => a - b);
  const acked = level.reports.reduce((sum, report) => sum + report.acked.length, 0);
  const errors = level.reports.reduce((sum, report) => sum + report.errors.length, 0);
  const joined = level.reports.filter((report) => report.joined).length;
  const savesPerSecond = acked / level.saveWindowSeconds;
  return `| ${level.students} | ${joined} | ${saveMs.length} | ${savesPerSecond.toFixed(1)} | ${ms(percentile(saveMs, 50))} | ${ms(percentile(saveMs, 95))} | ${ms(
    percentile(saveMs, 99),
  )} | ${errors} | ${ms(percentile(pageMs, 95))} | ${level.ceiling.perSecond.toFixed(0)} (p50 ${ms(level.ceiling.p50)}) | ${(
    savesPerSecond / level.ceiling.perSecond
  ).toFixed(3)} | ${level.seconds.toFixed(0)} |`;
}

function printTable(label: string, levels: LevelResult[], verdict: Verdict): void {
  console.log(`\n${label}\n`);
  console.log('| Students | Joined | Saves | Saves/s | p50 ms | p95 ms | p99 ms | Errors | Page p95 ms | /icon.svg req/s | Saves/s ÷ ceiling | Level s |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const level of levels) console.log(levelRow(level));
  console.log(
    `\nNothing lost: ${verdict.ackedSaves} saves acknowledged → ${verdict.expectedAnswers} answers expected, ${verdict.storedAnswers} stored, ` +
      `${verdict.matchingAnswers} hold the last acknowledged save; ${verdict.ackedSubmits} submits acknowledged, ${verdict.scoredAttempts} attempts scored once. ` +
      (verdict.problems.length ? `FAIL (${verdict.problems.length} problems)` : 'PASS'),
  );
  for (const problem of verdict.problems.slice(0, 20)) console.log(`  - ${problem}`);
}

/** Errors reported by students, grouped, so that a failing level says why. */
function printErrors(levels: LevelResult[]): void {
  const counts = new Map<string, number>();
  for (const error of levels.flatMap((level) => level.reports.flatMap((report) => report.errors))) {
    const kind = error.replace(/[0-9a-f-]{36}/g, '…').slice(0, 160);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${count} × ${kind}`);
}

/** Seeds, serves, loads and checks one database; true when nothing was lost. */
async function runDatabase(database: Database, options: Options, actions: ActionIds): Promise<boolean> {
  const joinCode = seedDemoClass(database.env);
  const app = await startApp({ ...database.env, NEXT_TELEMETRY_DISABLED: '1', FUENTE_INSECURE_COOKIES: 'true' });
  const levels: LevelResult[] = [];
  try {
    for (const students of options.levels) {
      console.log(`${database.label}: ${students} students…`);
      levels.push(await runLevel(app.baseURL, joinCode, actions, students, options));
    }
  } finally {
    await app.stop();
  }
  const acked = levels.flatMap((level) => level.reports.flatMap((report) => report.acked));
  const submitted = levels.flatMap((level) => level.reports.flatMap((report) => report.submitted));
  const verdict = await verify(database.target, acked, submitted);
  printTable(database.label, levels, verdict);
  printErrors(levels);
  return verdict.problems.length === 0;
}

function requiredActions(): ActionIds {
  const ids = actionIds();
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`Server Action ${key} is not in the build: run npm run build`);
    return found;
  };
  return {
    join: id('[locale]/join/actions.ts#joinAction'),
    save: id('[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#saveAnswerAction'),
    submit: id('[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#submitAttemptAction'),
  };
}

async function main(): Promise<void> {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('No build in .next/: run npm run build first.');
  const options = optionsFromArgs();
  const actions = requiredActions();
  console.log(
    `Load benchmark: ${options.levels.join(', ')} students, pauses ${options.pauseMs.min}-${options.pauseMs.max} ms, ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString()}`,
  );
  const list = await databases();
  const cleanups = list.map((database) => database.cleanup);
  // Ctrl-C must not leave a fresh PostgreSQL database or a temporary folder behind.
  process.once('SIGINT', () => void Promise.allSettled(cleanups.map((cleanup) => cleanup())).then(() => process.exit(130)));
  let ok = true;
  const started = performance.now();
  try {
    for (const database of list) ok = (await runDatabase(database, options, actions)) && ok;
  } finally {
    await Promise.allSettled(cleanups.map((cleanup) => cleanup()));
  }
  console.log(`\nWhole run ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
