// The school benchmark: `npm run bench:school` (needs PostgreSQL: DATABASE_URL or TEST_DATABASE_URL). Modelled on a
// published Moodle 4.5 quiz load test (2,000 students, a 16-question quiz, 30-90 s think time, 180 s ramp-up): a
// staircase of school sizes, each for a bounded time, then "everyone starts at once". See bench/README.md.
// Exits non-zero when the nothing-lost check fails; a step that misses a latency target is the staircase's top, not
// an error.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startApp, type RunningApp } from '../../e2e/support/app-process';
import { createFreshDatabase } from '../../scripts/fresh-database.mjs';
import { benchActions } from '../load/http';
import { LESSON_SLUG, QUIZ_IDS } from '../load/answers';
import { startPgBouncer } from '../../scripts/pgbouncer.mjs';
import { verify, type Verdict } from '../load/verify';
import { everyoneAtOnce, type AtOnceResult } from './at-once';
import { judge, printAtOnce, printStaircase, type StepOutcome } from './report';
import { CLASS_SIZE, runStep, simulatedCount, type Range, type SchoolModel } from './school';

type Options = {
  steps: number[];
  model: SchoolModel;
  atOnce: number;
  atOnceWindowMs: number;
  /** Students in the step run through PgBouncer with two app instances (0: no such step). */
  pgbouncer: number;
  /** App instances the staircase and the everyone-at-once scenario run on, all on the one database. */
  instances: number;
  keepGoing: boolean;
};

const APP_ENV = {
  NEXT_TELEMETRY_DISABLED: '1',
  FUENTE_INSECURE_COOKIES: 'true',
  // The benchmark plays the school's reverse proxy: each student's address arrives in X-Forwarded-For.
  FUENTE_TRUSTED_PROXIES: '1',
};

/** How long a student keeps retrying one step before giving up: a person would reload for about this long. */
const PATIENCE_MS = 60_000;

function range(name: string, value: string): Range {
  const match = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(value);
  if (!match || Number(match[1]) > Number(match[2]))
    throw new Error(`--${name} takes a range in seconds like 30-90, not "${value}"`);
  return { min: Number(match[1]) * 1000, max: Number(match[2]) * 1000 };
}

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new Error(`--${name} takes a positive number, not "${value}"`);
  return number;
}

function optionsFromArgs(): Options {
  const { values } = parseArgs({
    options: {
      steps: { type: 'string', default: '500,1000,2000,5000,10000' },
      think: { type: 'string', default: '30-90' },
      draft: { type: 'string', default: '3-10' },
      ramp: { type: 'string', default: '180' },
      duration: { type: 'string', default: '600' },
      'reading-saves': { type: 'string', default: '4' },
      compress: { type: 'string', default: '10' },
      'at-once': { type: 'string', default: '1000' },
      'at-once-window': { type: 'string', default: '5' },
      pgbouncer: { type: 'string', default: '1000' },
      instances: { type: 'string', default: '1' },
      'keep-going': { type: 'boolean', default: false },
    },
  });
  const steps = values.steps.split(',').map(Number);
  if (!steps.every((n) => Number.isInteger(n) && n > 0))
    throw new Error(`--steps takes whole numbers like 500,1000, not "${values.steps}"`);
  return {
    steps,
    model: {
      thinkMs: range('think', values.think),
      draftMs: range('draft', values.draft),
      rampMs: positive('ramp', values.ramp) * 1000,
      durationMs: positive('duration', values.duration) * 1000,
      readingSaves: Math.round(positive('reading-saves', values['reading-saves'])),
      compress: positive('compress', values.compress),
    },
    atOnce: Number(values['at-once']),
    atOnceWindowMs: positive('at-once-window', values['at-once-window']) * 1000,
    pgbouncer: Number(values.pgbouncer),
    instances: Math.round(positive('instances', values.instances)),
    keepGoing: values['keep-going'],
  };
}

/** Creates the school's classes (one teacher, classes of 30) through the app's own code; returns their join codes. */
function seedClasses(env: Record<string, string | undefined>, count: number): string[] {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'bench/school/seed-classes.ts', String(count)],
    { env: { ...process.env, ...env } as NodeJS.ProcessEnv, encoding: 'utf8' },
  );
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('['))
    throw new Error(`seeding failed: ${result.stderr || result.stdout}`);
  return JSON.parse(last) as string[];
}

function paragraphCount(): number {
  const article = JSON.parse(readFileSync(path.join('content', 'lessons', LESSON_SLUG, 'article.json'), 'utf8')) as {
    paragraphs: unknown[];
  };
  return article.paragraphs.length;
}

/** A new server's first renders load and compile its page modules: done before the clock starts, as in a school. */
async function warmUp(app: RunningApp): Promise<void> {
  const paths = [
    '/en/join',
    `/en/lessons/${LESSON_SLUG}`,
    ...QUIZ_IDS.map((id) => `/en/lessons/${LESSON_SLUG}/quiz/${id}`),
  ];
  for (let round = 0; round < 3; round += 1)
    for (const path of paths) await (await fetch(`${app.baseURL}${path}`)).arrayBuffer();
}

async function main(): Promise<void> {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('No build in .next/: run npm run build first.');
  if (!process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL)
    throw new Error(
      'bench:school runs on PostgreSQL: set DATABASE_URL (or TEST_DATABASE_URL) to a server it may create a database on, ' +
        'e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:school',
    );
  const options = optionsFromArgs();
  const { model } = options;
  const actions = benchActions();
  console.log(
    `School benchmark: steps of ${options.steps.join(', ')} students, think ${model.thinkMs.min / 1000}-${model.thinkMs.max / 1000} s, ` +
      `ramp ${model.rampMs / 1000} s, ${model.durationMs / 1000} s per step, time compressed ${model.compress}×; ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
  );
  const fresh = await createFreshDatabase('school');
  process.once('SIGINT', () => void fresh.cleanup().then(() => process.exit(130)));
  const started = performance.now();
  let lost = false;
  const running: RunningApp[] = [];
  let bouncer: Awaited<ReturnType<typeof startPgBouncer>> | undefined;
  try {
    const stepStudents = [...options.steps, ...(options.pgbouncer ? [options.pgbouncer] : [])];
    const simulated = stepStudents.reduce((sum, students) => sum + simulatedCount(students, model.compress), 0);
    const joinCodes = seedClasses(
      fresh.env,
      Math.ceil((simulated + options.atOnce) / CLASS_SIZE) + stepStudents.length,
    );
    const directUrl = fresh.env.DATABASE_URL!;
    const start = async (env: Record<string, string>) => {
      const app = await startApp({ ...fresh.env, ...APP_ENV, ...env });
      running.push(app);
      await warmUp(app);
      return app;
    };
    const target = { kind: 'postgres' as const, url: directUrl };
    // Student indexes are class-aligned per step, so each step fills its own classes of 30.
    let firstIndex = CLASS_SIZE;
    const schoolStep = async (apps: RunningApp[], students: number, setting = '') => {
      console.log(`A school of ${students} (${simulatedCount(students, model.compress)} simulated) ${setting}…`);
      const step = await runStep(
        {
          baseURLs: apps.map((app) => app.baseURL),
          joinCodes,
          actions,
          students,
          firstIndex,
          label: `s${students}${setting ? setting.slice(0, 1) : ''}`,
          paragraphs: paragraphCount(),
          appPids: apps.map((app) => app.pid),
          patienceMs: PATIENCE_MS,
        },
        model,
      );
      firstIndex += Math.ceil(step.simulated / CLASS_SIZE) * CLASS_SIZE;
      const reports = step.reports;
      const verdict = await verify(
        target,
        reports.flatMap((report) => report.acked),
        reports.flatMap((report) => report.submitted),
      );
      lost ||= verdict.problems.length > 0;
      const outcome = judge(step, verdict, setting);
      console.log(`  ${outcome.passed ? 'PASS' : `FAIL: ${outcome.why.join(', ')}`}`);
      return outcome;
    };

    // Several instances on this one machine, as a process manager would run one per core, behind a round-robin balancer.
    const apps: RunningApp[] = [];
    for (let instance = 0; instance < options.instances; instance += 1) apps.push(await start({}));
    const staircaseSetting = options.instances > 1 ? `${options.instances} app instances` : '';
    const outcomes: StepOutcome[] = [];
    for (const students of options.steps) {
      const outcome = await schoolStep(apps, students, staircaseSetting);
      outcomes.push(outcome);
      if (!outcome.passed && !options.keepGoing) break;
    }
    const passing = outcomes.filter((outcome) => outcome.passed).map((outcome) => outcome.students);
    let atOnce: { result: AtOnceResult; verdict: Verdict } | undefined;
    if (options.atOnce > 0) {
      console.log(`Everyone at once: ${options.atOnce} students joining and opening the lesson first…`);
      const result = await everyoneAtOnce({
        baseURLs: apps.map((app) => app.baseURL),
        joinCodes,
        students: options.atOnce,
        firstIndex,
        windowMs: options.atOnceWindowMs,
        appPids: apps.map((app) => app.pid),
      });
      firstIndex += Math.ceil(options.atOnce / CLASS_SIZE) * CLASS_SIZE;
      const verdict = await verify(target, result.acked, []);
      lost ||= verdict.problems.length > 0;
      atOnce = { result, verdict };
    }
    if (options.pgbouncer) {
      // The setting of a district: app instances behind a balancer, on one PostgreSQL through a pooler in transaction
      // mode, migrations on a direct connection.
      await Promise.all(apps.map((app) => app.stop()));
      bouncer = await startPgBouncer(directUrl);
      const pooled = { DATABASE_URL: bouncer.pooledUrl(directUrl), DATABASE_DIRECT_URL: directUrl };
      const behindPooler = [await start(pooled), await start(pooled)];
      outcomes.push(await schoolStep(behindPooler, options.pgbouncer, 'PgBouncer, 2 app instances'));
    }
    printStaircase(outcomes);
    console.log(
      `\nLargest passing step: ${passing.length ? `${Math.max(...passing).toLocaleString('en-US')} students` : 'none'}.`,
    );
    if (atOnce) printAtOnce(atOnce.result, atOnce.verdict);
  } finally {
    await Promise.allSettled(running.map((app) => app.stop()));
    await bouncer?.stop();
    await fresh.cleanup();
  }
  console.log(
    `\nWhole run ${((performance.now() - started) / 1000).toFixed(0)} s; nothing lost: ${lost ? 'FAIL' : 'PASS'}.`,
  );
  if (lost) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
