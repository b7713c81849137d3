// The teacher-paced benchmark: `npm run bench:pace` (needs PostgreSQL: DATABASE_URL or TEST_DATABASE_URL).
// Issue 38's target: when the teacher opens the next part, every student's page hears it within 2 s (p95), whichever
// of several app instances it is connected to. Two instances of the built app share a fresh database; for each class,
// `--students` simulated students follow the pace stream (e2e/support/pace-listener.ts: what the page's EventSource
// does), alternating between the instances; the teacher, in a browser on the first instance, opens parts 2, 3 and 4.
// Each receipt is timed from the click. Exits non-zero when a student misses a part; a p95 over the target is
// reported, not an error (bench/README.md, "Teacher-paced").
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import en from '../../messages/en.json';
import { startApp, freePort, type RunningApp } from '../../e2e/support/app-process';
import { p95 } from '../../e2e/support/pace-listener';
import { seedPacedClass, studentsFollowing, timeAdvance } from '../../e2e/support/paced-class';
import { sections } from '../../e2e/support/lesson-content';
import { SYSTEM_CHROMIUM_ARGS, systemChromium } from '../../e2e/support/system-chromium';
import { createFreshDatabase } from '../../scripts/fresh-database.mjs';

const TARGET_P95_MS = 2_000;

const { values } = parseArgs({
  options: { students: { type: 'string', default: '30' }, classes: { type: 'string', default: '3' } },
});
const students = Number(values.students);
const classes = Number(values.classes);
if (!(Number.isInteger(students) && students > 0 && Number.isInteger(classes) && classes > 0))
  throw new Error('--students and --classes take whole numbers above 0');
if (!process.env.DATABASE_URL && !process.env.TEST_DATABASE_URL)
  throw new Error('bench:pace needs PostgreSQL (DATABASE_URL): PGlite admits one app process');

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median time of a few requests for the liveness probe: the machine's own pace, to read the figures against. */
async function healthMedian(baseURL: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    await (await fetch(`${baseURL}/api/health`)).text();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main() {
  const database = await createFreshDatabase('pace');
  const endpoint = { port: await freePort(), token: randomBytes(24).toString('base64url') };
  const apps: RunningApp[] = [];
  const browser = await chromium.launch({ executablePath: systemChromium(), args: SYSTEM_CHROMIUM_ARGS });
  try {
    // The benchmark plays the school's reverse proxy: each student's address arrives in X-Forwarded-For.
    const appEnv = { ...database.env, FUENTE_TRUSTED_PROXIES: '1' };
    // One after the other: the first applies the migrations, the second finds them applied.
    apps.push(
      await startApp({ ...appEnv, FUENTE_E2E_SEED_PORT: String(endpoint.port), FUENTE_E2E_SEED_TOKEN: endpoint.token }),
    );
    apps.push(await startApp(appEnv));
    const baseURLs = apps.map((app) => app.baseURL);
    const health = await healthMedian(baseURLs[1]!);

    const latencies: number[] = [];
    for (let round = 0; round < classes; round += 1) {
      const teacherContext = await browser.newContext({ baseURL: baseURLs[0] });
      const seeding = await browser.newContext();
      const { klass } = await seedPacedClass(teacherContext, baseURLs[0]!, endpoint, `Paced ${round + 1}`, 'en');
      const listeners = await studentsFollowing(seeding, klass, baseURLs, students, endpoint, `198.19.${round + 10}`);
      const page = await teacherContext.newPage();
      await page.goto(`${klass.url}/pace`);
      for (let section = 1; section < sections.length; section += 1) {
        const button = en.TeacherPace.openNext.replace('{number}', String(section + 1));
        latencies.push(...(await timeAdvance(page, button, listeners, section)));
      }
      for (const listener of listeners) listener.stop();
      await Promise.all([teacherContext.close(), seeding.close()]);
    }

    const p95ms = p95(latencies);
    console.log(`bench:pace on ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end`);
    console.log(`| receipts | median | p95 | max | target p95 | /api/health median |`);
    console.log(`| ---: | ---: | ---: | ---: | ---: | ---: |`);
    console.log(
      `| ${latencies.length} (${classes} classes × ${students} students × ${sections.length - 1} parts, 2 instances) ` +
        `| ${median(latencies)} ms | ${p95ms} ms | ${Math.max(...latencies)} ms | ${TARGET_P95_MS} ms ` +
        `${p95ms <= TARGET_P95_MS ? 'MET' : 'OVER'} | ${health.toFixed(1)} ms |`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await Promise.all(apps.map((app) => app.stop()));
    await database.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
