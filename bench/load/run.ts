// Load and reliability benchmark: `npm run bench:load` (`-- --students 10,50 --skip-faults` for a quick run).
// Starts the built app on a brand-new database (PGlite in a temporary folder, and also a fresh PostgreSQL database
// when DATABASE_URL is set), seeds the demo class, and then, on each database:
//  1. classes of 10, 50 and 200 students join, read and answer both quizzes at once, with a person's pauses;
//  2. as many clients save answers back to back, then ask the liveness probe back to back (the framework's ceiling);
//  3. faults in the middle of a class of 50: the app crashes and restarts; on PostgreSQL, the database restarts;
//  4. on PostgreSQL, two app instances serve one class, request by request in turn.
// Then it stops the app and checks in the database that every acknowledged save and submit is there exactly once.
// Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startApp, type RunningApp } from '../../e2e/support/app-process';
import { createFreshDatabase } from '../../scripts/fresh-database.mjs';
import { loadQuizzes } from './answers';
import { runClass, type ClassResult, type ClassSetup } from './classroom';
import { postgresRestart, runClassWithFault, type Fault, type FaultResult } from './faults';
import { benchActions, type BenchActions } from './http';
import { checkSharedSession, checkSharedThrottle, type SharedStateCheck } from './instances';
import { printChecks, printLevels, printScenarios, printThroughput, type Section } from './report';
import { measureSaturation, type Saturation } from './saturation';
import { verify, type Target } from './verify';

type Env = Record<string, string | undefined>;
type Options = {
  levels: number[];
  pauseMs: { min: number; max: number };
  throughputSeconds: number;
  rampMs: number;
  faultStudents: number;
  faults: boolean;
};
type Database = { label: string; kind: Target['kind']; env: Env; target: Target; cleanup: () => Promise<void> };

/** The demo teacher's password in the benchmark's database (scripts/demo.ts takes it from FUENTE_DEMO_PASSWORD). */
const DEMO_PASSWORD = 'load benchmark demo password';
const DEMO_EMAIL = 'demo@fuente.example';
/** How long a student keeps retrying one step: well beyond any outage the benchmark causes. */
const PATIENCE_MS = 120_000;

function optionsFromArgs(): Options {
  const { values } = parseArgs({
    options: {
      students: { type: 'string', default: '10,50,200' },
      pause: { type: 'string', default: '200-800' },
      'throughput-seconds': { type: 'string', default: '8' },
      ramp: { type: 'string', default: '2000' },
      'fault-students': { type: 'string', default: '50' },
      'skip-faults': { type: 'boolean', default: false },
    },
  });
  const levels = values.students.split(',').map(Number);
  if (!levels.every((n) => Number.isInteger(n) && n > 0))
    throw new Error(`--students takes whole numbers like 10,50,200, not "${values.students}"`);
  const pause = /^(\d+)-(\d+)$/.exec(values.pause);
  if (!pause || Number(pause[1]) > Number(pause[2]))
    throw new Error(`--pause takes a range in ms like 200-800, not "${values.pause}"`);
  return {
    levels,
    pauseMs: { min: Number(pause[1]), max: Number(pause[2]) },
    throughputSeconds: Number(values['throughput-seconds']),
    rampMs: Number(values.ramp),
    faultStudents: Number(values['fault-students']),
    faults: !values['skip-faults'],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The databases to run on: PGlite always, PostgreSQL too when DATABASE_URL names a server. */
async function databases(): Promise<Database[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fuente-load-'));
  const list: Database[] = [
    {
      label: 'PGlite (embedded, temporary data folder)',
      kind: 'pglite',
      env: { DATABASE_URL: undefined, FUENTE_DATA_DIR: dataDir },
      target: { kind: 'pglite', dataDir },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    },
  ];
  if (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL) {
    const fresh = await createFreshDatabase('load');
    const url = fresh.env.DATABASE_URL!;
    list.push({
      label: 'PostgreSQL (fresh database)',
      kind: 'postgres',
      env: fresh.env,
      target: { kind: 'postgres', url },
      cleanup: fresh.cleanup,
    });
  }
  return list;
}

/** Runs `npm run demo` on the database (migrations included) and returns the demo class's join code. */
function seedDemoClass(env: Env): string {
  const defined = Object.fromEntries(
    Object.entries({ ...process.env, ...env, FUENTE_DEMO_PASSWORD: DEMO_PASSWORD }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/demo.ts'],
    {
      env: defined as NodeJS.ProcessEnv,
      encoding: 'utf8',
    },
  );
  const code = /Join code:\s*(\S+)/.exec(result.stdout ?? '')?.[1];
  if (result.status !== 0 || !code) throw new Error(`npm run demo failed: ${result.stderr || result.stdout}`);
  return code;
}

/** Everything one database goes through; returns the sections to report, each with its own nothing-lost verdict. */
async function runDatabase(database: Database, options: Options, actions: BenchActions) {
  const joinCode = seedDemoClass(database.env);
  // The benchmark plays the school's reverse proxy: each simulated student's address arrives in X-Forwarded-For.
  const appEnv = {
    ...database.env,
    NEXT_TELEMETRY_DISABLED: '1',
    FUENTE_INSECURE_COOKIES: 'true',
    FUENTE_TRUSTED_PROXIES: '1',
  };
  let app: RunningApp = await startApp(appEnv);
  // Student indexes never repeat within a database, so names and addresses (the join throttle's key) never do.
  let nextIndex = 1;
  const take = (count: number) => ((nextIndex += count), nextIndex - count);
  const classSetup = (students: number, label: string, baseURLs = [app.baseURL]): ClassSetup => ({
    baseURLs,
    joinCode,
    actions,
    students,
    label,
    firstIndex: take(students),
    pauseMs: options.pauseMs,
    rampMs: options.rampMs,
    patienceMs: PATIENCE_MS,
  });
  const levels: ClassResult[] = [];
  const throughput: Saturation[] = [];
  const scenarios: FaultResult[] = [];
  const checks: SharedStateCheck[] = [];
  const comprehension = loadQuizzes()[0]!;
  try {
    for (const students of options.levels) {
      console.log(`${database.label}: a class of ${students}…`);
      levels.push(await runClass(classSetup(students, `n${students}`)));
      console.log(`${database.label}: ${students} clients saving back to back, then the ceiling…`);
      throughput.push(
        await measureSaturation({
          baseURLs: [app.baseURL],
          joinCode,
          clients: students,
          seconds: options.throughputSeconds,
          firstIndex: take(students),
          actions,
          quiz: comprehension,
        }),
      );
    }
    if (options.faults) {
      // Once every student has started and is answering: ramp, the lesson page, the first answers.
      const faultAfterMs = options.rampMs + 6_000;
      const crash: Fault = {
        name: 'App killed (SIGKILL) and started again',
        inject: async () => {
          await app.stop('SIGKILL');
          await sleep(1_000);
          app = await startApp(appEnv, { port: app.port });
        },
      };
      console.log(`${database.label}: ${crash.name}, during a class of ${options.faultStudents}…`);
      scenarios.push(await runClassWithFault(classSetup(options.faultStudents, 'crash'), crash, faultAfterMs));
      if (database.target.kind === 'postgres') {
        const restart = postgresRestart(database.target.url);
        if (!restart)
          console.log('PostgreSQL restart skipped: set FUENTE_BENCH_PG_STOP and FUENTE_BENCH_PG_START to say how.');
        else {
          console.log(`${database.label}: ${restart.name}, during a class of ${options.faultStudents}…`);
          scenarios.push(
            await runClassWithFault(classSetup(options.faultStudents, 'pgrestart'), restart, faultAfterMs),
          );
        }
      }
    }
    if (database.target.kind === 'postgres') {
      // PGlite cannot do this: one process at a time may open its data folder.
      const second = await startApp(appEnv);
      try {
        const baseURLs = [app.baseURL, second.baseURL];
        console.log(`${database.label}: two app instances, a class of ${options.faultStudents}…`);
        const result = await runClass(classSetup(options.faultStudents, 'twoapps', baseURLs));
        scenarios.push({ ...result, fault: 'Two app instances, requests alternating', faultSeconds: Number.NaN });
        checks.push(await checkSharedSession(baseURLs, actions.signIn, DEMO_EMAIL, DEMO_PASSWORD));
        checks.push(await checkSharedThrottle(baseURLs, actions.signIn));
      } finally {
        await second.stop();
      }
    }
  } finally {
    await app.stop();
  }
  // The checks read the database directly, after the app has stopped (PGlite allows one process at a time).
  const section = async (
    name: string,
    results: ClassResult[],
    extraAcked: Saturation['acked'] = [],
  ): Promise<Section> => {
    const reports = results.flatMap((result) => result.reports);
    const acked = [...reports.flatMap((report) => report.acked), ...extraAcked];
    return {
      name,
      verdict: await verify(
        database.target,
        acked,
        reports.flatMap((report) => report.submitted),
      ),
    };
  };
  const sections: Section[] = [
    await section('Classes', levels),
    await section(
      'Back-to-back saves',
      [],
      throughput.flatMap((t) => t.acked),
    ),
    ...(await Promise.all(scenarios.map((scenario) => section(scenario.fault, [scenario])))),
  ];
  return { levels, throughput, scenarios, checks, sections };
}

async function main(): Promise<void> {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('No build in .next/: run npm run build first.');
  const options = optionsFromArgs();
  const actions = benchActions();
  console.log(
    `Load benchmark: classes of ${options.levels.join(', ')}, pauses ${options.pauseMs.min}-${options.pauseMs.max} ms, ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString()}`,
  );
  const list = await databases();
  const cleanups = list.map((database) => database.cleanup);
  // Ctrl-C must not leave a fresh PostgreSQL database or a temporary folder behind.
  process.once(
    'SIGINT',
    () => void Promise.allSettled(cleanups.map((cleanup) => cleanup())).then(() => process.exit(130)),
  );
  let ok = true;
  const started = performance.now();
  try {
    for (const database of list) {
      const result = await runDatabase(database, options, actions);
      console.log(`\n## ${database.label}`);
      printLevels(result.levels);
      printThroughput(result.throughput, database.kind === 'postgres');
      printScenarios(result.scenarios, result.sections);
      printChecks(result.checks);
      const gaveUp = [...result.levels, ...result.scenarios].reduce(
        (sum, run) => sum + run.reports.filter((report) => report.gaveUp).length,
        0,
      );
      ok =
        ok &&
        gaveUp === 0 &&
        result.checks.every((check) => check.ok) &&
        result.sections.every((section) => section.verdict.problems.length === 0);
    }
  } finally {
    await Promise.allSettled(cleanups.map((cleanup) => cleanup()));
  }
  console.log(`\nWhole run ${((performance.now() - started) / 1000).toFixed(0)} s: ${ok ? 'PASS' : 'FAIL'}.`);
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
