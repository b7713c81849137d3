import { randomBytes } from 'node:crypto';
import en from '../messages/en.json';
import { DEMO, openDemoClass } from './support/demo';
import { describeRequest, fuzzRequests, fuzzSeed, type FuzzWorld } from './support/fuzz-requests';
import { seedClass, seedStudent, seedTeacher, type SeedEndpoint } from './support/seed';
import { serverActions } from './support/server-actions';
import { expect, test, type BrowserContext } from './support/test';
import { createFreshDatabase } from '../scripts/fresh-database.mjs';
import { seedDemo } from '../scripts/seed-demo.mjs';
import { freePort, startApp, type RunningApp } from './support/app-process';
import { databaseFingerprint, type Fingerprint } from './support/database-fingerprint';
import { appFiles } from './support/app-files';

// Malformed requests to every Server Action and every Route Handler of the build, as an anonymous visitor, a
// signed-in student and a signed-in teacher: wrong types, missing and extra fields, huge strings and arrays, invalid
// UTF-8, deep JSON, wrong content types, unknown ids and the ids of another teacher's class, sent as React sends them
// and as a browser without JavaScript posts a form (e2e/support/fuzz-requests.ts). Nothing may answer 5xx, and no
// stored row may change. The spec runs its own app on its own database (the demo class plus the actors below), so
// that no other test's writes can hide a change or pass for one: the whole database is fingerprinted, before and
// after (PGlite admits one process at a time: there, while the app is stopped).
// Each run draws a new seed and prints it; FUENTE_FUZZ_SEED=<seed> replays that run's requests exactly.
// 120 cases per endpoint in `npm test` (a new seed each run), 1,000 in `npm run test:full` (FUENTE_FUZZ_CASES).

const CASES = Number(process.env.FUENTE_FUZZ_CASES ?? 120);
const CONCURRENCY = 6;
const SEED = fuzzSeed();

type Target = { name: string; send: (index: number) => Promise<Response>; describe: (index: number) => string };

test.describe.configure({ mode: 'serial' });

let world: FuzzWorld;
let app: RunningApp;
let databaseEnv: Record<string, string | undefined>;
let dropDatabase: () => Promise<void>;

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  console.log(`fuzz: seed ${SEED}, ${CASES} cases per endpoint (replay: FUENTE_FUZZ_SEED=${SEED})`);
  const database = await createFreshDatabase('fuzz');
  dropDatabase = database.cleanup;
  seedDemo(database.env);
  const seedEndpoint: SeedEndpoint = { port: await freePort(), token: randomBytes(24).toString('base64url') };
  databaseEnv = {
    ...database.env,
    FUENTE_E2E_SEED_PORT: String(seedEndpoint.port),
    FUENTE_E2E_SEED_TOKEN: seedEndpoint.token,
  };
  app = await startApp(databaseEnv);
  const { baseURL } = app;
  // Another teacher's class, and one of its students: their ids are what a forger would try.
  const demo = await openDemoClass(browser, baseURL, 'en', en);
  const demoLearner = (await demo.page.locator('a[href*="/students/"]').first().getAttribute('href'))!
    .split('/')
    .pop()!;
  const demoClass = demo.classId;
  await demo.page.context().close();

  const teacherContext = await browser.newContext({ baseURL });
  const teacher = await seedTeacher(teacherContext, baseURL, seedEndpoint);
  const own = await seedClass(teacher, 'Fuzz class', 'en', {}, seedEndpoint);
  const studentContext = await browser.newContext({ baseURL });
  await seedStudent(studentContext, baseURL, own, 'Fuzz student', seedEndpoint);
  world = {
    baseURL,
    cookies: {
      anonymous: '',
      student: await cookieHeader(studentContext),
      teacher: await cookieHeader(teacherContext),
    },
    ids: { ownClassId: own.classId, otherTenant: [demoClass, demoLearner] },
  };
  await Promise.all([teacherContext.close(), studentContext.close()]);
  expect(DEMO.students).toBeGreaterThan(0);
});

test.afterAll(async () => {
  await app?.stop();
  await dropDatabase?.();
});

/** Every stored row's fingerprint. PGlite: the app is stopped meanwhile and started again on the same port. */
async function fingerprint(): Promise<Fingerprint> {
  if (databaseEnv.DATABASE_URL) return databaseFingerprint(databaseEnv);
  await app.stop();
  const rows = await databaseFingerprint(databaseEnv);
  app = await startApp(databaseEnv, { port: app.port });
  return rows;
}

/** Sends CASES requests to one target, CONCURRENCY at a time; returns the count per status and what went wrong. */
async function hammer(target: Target) {
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CASES) {
        const index = next++;
        // An oversized body may be cut off by the server before it is all sent: the connection resets (counted as
        // status 0). That is a refusal too; the next requests show the server is still there.
        const response = await target
          .send(index)
          .catch((error: Error & { cause?: { code?: string; message?: string } }) => {
            if (error.cause?.code === 'ECONNRESET' || error.cause?.code === 'EPIPE') return null;
            serverErrors.push(`case ${index}: ${error.message}: ${error.cause?.code ?? ''} ${target.describe(index)}`);
            return undefined;
          });
        if (response === undefined) continue;
        const status = response?.status ?? 0;
        const text = (await response?.text()) ?? '';
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500)
          serverErrors.push(`case ${index}: ${status} ${target.describe(index)} → ${text.slice(0, 120)}`);
      }
    }),
  );
  return { statuses, serverErrors, seconds: (performance.now() - started) / 1000 };
}

test(`every Server Action and Route Handler refuses ${CASES} malformed requests: no 5xx, no row changed`, async () => {
  test.setTimeout(900_000);
  const before = await fingerprint();
  const { actionRequest, routeRequest } = fuzzRequests(SEED, world);
  const targets: Target[] = [
    ...serverActions().map((action) => ({
      name: action.key,
      send: (index: number) => {
        const { url, init } = actionRequest(action, index);
        return fetch(url, init);
      },
      describe: (index: number) => describeRequest(actionRequest(action, index)),
    })),
    ...appFiles('route.ts').map((route) => ({
      name: route,
      send: (index: number) => {
        const { url, init } = routeRequest(route, index);
        return fetch(url, init);
      },
      describe: (index: number) => describeRequest(routeRequest(route, index)),
    })),
  ];
  expect(targets.length).toBeGreaterThan(20);
  const report: string[] = [];
  const failures: string[] = [];
  for (const target of targets) {
    const { statuses, serverErrors, seconds } = await hammer(target);
    report.push(
      `${target.name.padEnd(70)} ${CASES} requests in ${seconds.toFixed(1)} s  ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(' ')}`,
    );
    const distinct = new Map(serverErrors.map((error) => [error.replace(/^case \d+: /, '').slice(0, 120), error]));
    failures.push(...[...distinct.values()].slice(0, 5).map((error) => `${target.name}: ${error.slice(0, 300)}`));
  }
  console.log(report.join('\n'));
  expect(failures, `replay with FUENTE_FUZZ_SEED=${SEED}`).toEqual([]);
  const after = await fingerprint();
  expect(after.Learner?.rows, 'the fingerprint sees the fixture rows').toBeGreaterThan(DEMO.students);
  expect(after, 'no stored row changed').toEqual(before);
});
