import en from '../messages/en.json';
import { DEMO, openDemoClass } from './support/demo';
import { seededRandom } from '../lib/seeded-random';
import { FIELD_NAMES, hostileStrings, hostileValues, pick } from './support/hostile-input';
import { LESSON_SLUG } from './support/locales';
import { serverActions } from './support/server-actions';
import { createClass, joinClass, signUpTeacher } from './support/teacher';
import { expect, test, type BrowserContext } from './support/test';
import { createFreshDatabase } from '../scripts/fresh-database.mjs';
import { seedDemo } from '../scripts/seed-demo.mjs';
import { startApp, type RunningApp } from './support/app-process';
import { databaseFingerprint, type Fingerprint } from './support/database-fingerprint';
import { appFiles } from './support/app-files';

// At least 1,000 malformed requests to every Server Action and every Route Handler of the build, as an anonymous
// visitor, a signed-in student and a signed-in teacher: wrong types, missing and extra fields, huge strings and
// arrays, invalid UTF-8, deep JSON, wrong content types, unknown ids and the ids of another teacher's class, sent as
// React sends them and as a browser without JavaScript posts a form.
// Nothing may answer 5xx, and no stored row may change. The spec runs its own app on its own database (the demo
// class plus the actors below), so that other specs running meanwhile cannot change rows, and fingerprints that
// database directly while the app is stopped (PGlite admits one process at a time), before and after the requests.

// CI's PostgreSQL pass sends fewer (.ci/run): the refusals were proven on the same build in the first pass, and what
// depends on the database, that no row changes, shows as well in 250.
const CASES = Number(process.env.FUENTE_FUZZ_CASES ?? 1_000);
const CONCURRENCY = 6;
const SEED = 20_180_619;
const NO_SCRIPT = 7;
const NO_SCRIPT_EVERY = 40;

type Target = { name: string; send: (index: number) => Promise<Response>; describe: (index: number) => string };

test.describe.configure({ mode: 'serial' });

let baseURL: string;
let cookies: { anonymous: string; student: string; teacher: string };
let ids: { ownClassId: string; otherTenant: string[] };
let app: RunningApp;
let databaseEnv: Record<string, string | undefined>;
let dropDatabase: () => Promise<void>;

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const database = await createFreshDatabase('fuzz');
  dropDatabase = database.cleanup;
  seedDemo(database.env);
  databaseEnv = database.env;
  app = await startApp(databaseEnv);
  baseURL = app.baseURL;
  // Another teacher's class, and one of its students: their ids are what a forger would try.
  const demo = await openDemoClass(browser, baseURL, 'en', en);
  const demoLearner = (await demo.page.locator('a[href*="/students/"]').first().getAttribute('href'))!
    .split('/')
    .pop()!;
  const demoClass = demo.classUrl.split('/').pop()!;
  await demo.page.context().close();

  const teacherContext = await browser.newContext({ baseURL });
  const teacherPage = await teacherContext.newPage();
  await signUpTeacher(teacherPage, 'en', en);
  const own = await createClass(teacherPage, en, 'Fuzz class');
  const studentContext = await browser.newContext({ baseURL });
  await joinClass(await studentContext.newPage(), 'en', en, own.joinCode, 'Fuzz student');
  cookies = { anonymous: '', student: await cookieHeader(studentContext), teacher: await cookieHeader(teacherContext) };
  ids = { ownClassId: own.classId, otherTenant: [demoClass, demoLearner] };
  await Promise.all([teacherContext.close(), studentContext.close()]);
  expect(DEMO.students).toBeGreaterThan(0);
});

test.afterAll(async () => {
  await app?.stop();
  await dropDatabase?.();
});

/** Stops the app, fingerprints its database, and starts it again on the same port (the cookies above stay valid). */
async function fingerprintWhileStopped(): Promise<Fingerprint> {
  await app.stop();
  const fingerprint = await databaseFingerprint(databaseEnv);
  app = await startApp(databaseEnv, { port: app.port });
  return fingerprint;
}

/** A concrete path for a page of the build, e.g. app/[locale]/teacher/classes/[classId]/page → /es/teacher/classes/… */
function pagePath(page: string, random: () => number): string {
  const values: Record<string, string> = {
    '[locale]': pick(random, ['en', 'es']),
    '[slug]': LESSON_SLUG,
    '[quizId]': 'attribution',
    '[classId]': ids.ownClassId,
  };
  return (
    page
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\[[a-zA-Z]+\]/g, (segment) => values[segment] ?? crypto.randomUUID()) || '/'
  );
}

/** URL-encodes any string, lone surrogates included (they become U+FFFD, as a browser would send them). */
const urlSafe = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));

/** One malformed Server Action request, chosen by the case number. */
function actionRequest(
  action: { id: string; key: string; pages: string[] },
  index: number,
): { url: string; init: RequestInit } {
  const random = seededRandom(SEED + index * 7919 + action.id.charCodeAt(3));
  const strings = hostileStrings(ids.otherTenant);
  const values = hostileValues(strings);
  // Signing out with one's own session would be a real change, not a malformed request.
  const signsOut = /SignOut|signOut/.test(action.key);
  const actor = signsOut ? 'anonymous' : pick(random, ['anonymous', 'student', 'teacher'] as const);
  const headers: Record<string, string> = { 'Next-Action': action.id, Origin: baseURL, Accept: 'text/x-component' };
  if (cookies[actor]) headers.Cookie = cookies[actor];
  if (random() < 0.1) headers['Next-Router-State-Tree'] = urlSafe(pick(random, strings.slice(0, 12)).slice(0, 2_000));
  // Now and then a path with a dot: the proxy's checks must hold there too.
  const dotted = random() < 0.08 ? pick(random, ['.txt', '.json', '/x.svg', '/..%2f.env']) : '';
  const url = `${baseURL}${pagePath(pick(random, action.pages), random)}${dotted}`;
  // Every 40th case posts as a browser without JavaScript: the app then renders a whole page, so these cost many
  // times the others, and 25 per action keep the run within CI's time.
  const shape = index % NO_SCRIPT_EVERY === 0 ? NO_SCRIPT : Math.floor(random() * 7);
  let body: BodyInit | undefined;
  switch (shape) {
    case 0: {
      // React's form encoding with hostile fields, extra fields and missing ones.
      const form = new FormData();
      const count = Math.floor(random() * 6);
      for (let field = 0; field < count; field += 1)
        form.append(`_1_${pick(random, FIELD_NAMES)}`, pick(random, strings));
      form.append('0', pick(random, ['["$K1"]', '[{"status":"idle"},"$K1"]', '["$K1","$K1"]']));
      body = form;
      break;
    }
    case 1: {
      // A malformed root argument list.
      const form = new FormData();
      form.append('_1_classId', pick(random, strings));
      form.append(
        '0',
        pick(random, [
          '',
          '{',
          '{}',
          '[1,2,3]',
          '["$K9"]',
          '["$@1"]',
          '["$Q1"]',
          '["$T"]',
          pick(random, strings),
          JSON.stringify(pick(random, values)),
        ]),
      );
      body = form;
      break;
    }
    case 2:
      // Arguments as JSON, of the wrong types and shapes.
      headers['Content-Type'] = 'text/plain;charset=UTF-8';
      body = JSON.stringify(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, values)));
      break;
    case 3:
      headers['Content-Type'] = pick(random, [
        'application/json',
        'application/x-www-form-urlencoded',
        'application/xml',
        'multipart/form-data',
        'multipart/form-data; boundary=x',
      ]);
      body = pick(random, [
        '{"a":1}',
        'a=1&b=2',
        '<x/>',
        '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--x--',
        pick(random, strings),
      ]);
      break;
    case 4:
      // Bytes that are not UTF-8.
      headers['Content-Type'] = pick(random, ['text/plain;charset=UTF-8', 'multipart/form-data; boundary=x']);
      body = new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x22, 0x5d]);
      break;
    case 5: {
      // Larger than any form needs (the limit is 1 MiB), declared or sent in chunks without a declared length.
      headers['Content-Type'] = 'text/plain;charset=UTF-8';
      const text = JSON.stringify(['x'.repeat(1_500_000)]);
      body = random() < 0.5 ? text : chunked(random() < 0.5 ? text : '["$K1"]');
      break;
    }
    case NO_SCRIPT: {
      // The form as a browser without JavaScript posts it: no Next-Action header, the action named in a field.
      delete headers['Next-Action'];
      headers.Accept = 'text/html';
      const form = new FormData();
      form.append(
        pick(random, [`$ACTION_ID_${action.id}`, `$ACTION_ID_${'0'.repeat(42)}`, '$ACTION_REF_1', '$ACTION_ID_']),
        '',
      );
      if (random() < 0.3)
        form.append(
          '$ACTION_1:0',
          pick(random, [
            '{',
            '{"id":"x","bound":"$@1"}',
            JSON.stringify({ id: action.id, bound: pick(random, values) }),
            pick(random, strings),
          ]),
        );
      const count = Math.floor(random() * 6);
      for (let field = 0; field < count; field += 1) form.append(pick(random, FIELD_NAMES), pick(random, strings));
      if (random() < 0.2) form.append(pick(random, FIELD_NAMES), 'x'.repeat(1_200_000));
      body =
        random() < 0.2
          ? chunked(new URLSearchParams([...form.entries()].map(([name, value]) => [name, String(value)])).toString())
          : form;
      if (body instanceof ReadableStream) headers['Content-Type'] = 'application/x-www-form-urlencoded';
      break;
    }
    default:
      // No body at all, or an unknown action id.
      if (random() < 0.5) headers['Next-Action'] = pick(random, ['0'.repeat(42), 'x', '', action.id.slice(0, 10)]);
      body = undefined;
  }
  // A stream body goes out chunked, with no Content-Length; Node's fetch needs "half" duplex for it.
  return { url, init: { method: 'POST', headers, body, redirect: 'manual', duplex: 'half' } as RequestInit };
}

/** A body sent in 64 KiB chunks (Transfer-Encoding: chunked), so that it declares no length. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let offset = 0; offset < bytes.length; offset += 65_536)
        controller.enqueue(bytes.slice(offset, offset + 65_536));
      controller.close();
    },
  });
}

/** A seeded id in the UUID format: an attempt of nobody. */
const uuidFrom = (random: () => number) =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

type JsonShape = {
  /** A body as the page sends it, with the values a forger would try. */
  body: (random: () => number, strings: string[]) => Record<string, unknown>;
  /** Values each field's schema always refuses: one field of every case gets one. */
  poison: (strings: string[]) => Record<string, unknown[]>;
};

/**
 * The JSON endpoints' own format. One field of every case holds a value its schema refuses, so that no case can
 * create a learner or store a row: what a valid save into someone else's attempt gets is e2e/authorization.spec.ts's
 * business.
 */
const JSON_ROUTES: Record<string, JsonShape> = {
  'api/[locale]/answers/route.ts': {
    body: (random, strings) => ({
      lessonSlug: LESSON_SLUG,
      quizId: pick(random, ['attribution', 'comprehension']),
      attemptId: uuidFrom(random),
      itemId: pick(random, strings).slice(0, 60),
      response: pick(random, [{ optionId: 'a' }, { optionIds: ['a', 'b'] }, ...hostileValues(strings)]),
      saveId: uuidFrom(random),
      seq: 1,
      check: random() < 0.5,
    }),
    poison: (strings) => ({
      lessonSlug: strings.filter((value) => value !== LESSON_SLUG),
      quizId: strings.filter((value) => value !== 'attribution' && value !== 'comprehension'),
      seq: [-1, 1.5, 1e308, 'x', null, []],
      saveId: ['x'.repeat(41), 7, null, {}],
    }),
  },
  'api/[locale]/reading-progress/route.ts': {
    body: (random) => ({ lessonSlug: LESSON_SLUG, furthestParagraph: 1 + Math.floor(random() * 20) }),
    poison: (strings) => ({
      lessonSlug: strings.filter((value) => value !== LESSON_SLUG),
      furthestParagraph: [0, -1, 1.5, 501, 1e308, 'x', null, [], {}],
    }),
  },
};

/** A POST in a JSON endpoint's own format, with hostile values in random fields and one refused for sure. */
function jsonRequest(route: string, shape: JsonShape, index: number): { url: string; init: RequestInit } {
  const random = seededRandom(SEED + index * 15_485_863 + route.length);
  const strings = hostileStrings(ids.otherTenant);
  const values = hostileValues(strings);
  const body = shape.body(random, strings);
  for (const field of Object.keys(body)) if (random() < 0.3) body[field] = pick(random, values);
  if (random() < 0.2) body[pick(random, FIELD_NAMES)] = pick(random, values);
  const poison = shape.poison(strings);
  const poisoned = pick(random, Object.keys(poison));
  body[poisoned] = pick(random, poison[poisoned]!);
  const actor = pick(random, ['anonymous', 'student', 'teacher'] as const);
  const headers: Record<string, string> = {
    Origin: baseURL,
    'Content-Type': pick(random, [
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
    ]),
  };
  if (cookies[actor]) headers.Cookie = cookies[actor];
  const text = JSON.stringify(body);
  const form = random();
  const sent: BodyInit = form < 0.1 ? pick(random, strings) : form < 0.15 ? chunked(text.repeat(10)) : text;
  const locale = pick(random, ['en', 'es', 'en', 'es', 'xx']);
  const path = route.replace(/\/route\.ts$/, '').replace('[locale]', locale);
  const init = { method: 'POST', headers, body: sent, redirect: 'manual', duplex: 'half' } as RequestInit;
  return { url: `${baseURL}/${path}`, init };
}

/** One malformed request to a route handler: hostile path segment, query, method, cookie. */
function routeRequest(route: string, index: number): { url: string; init: RequestInit } {
  // Half a JSON endpoint's cases speak its own format; the other half are the generic ones below.
  const json = JSON_ROUTES[route];
  if (json && index % 2 === 0) return jsonRequest(route, json, index);
  const random = seededRandom(SEED + index * 104_729 + route.length);
  const strings = hostileStrings(ids.otherTenant);
  const segment = (name: string) =>
    name === '[classId]'
      ? pick(random, [...strings.slice(0, 30).map((value) => value.slice(0, 150)), ...ids.otherTenant, ids.ownClassId])
      : name === '[locale]'
        ? pick(random, ['en', 'es', 'xx', '..'])
        : name;
  const pathname = `/${route
    .replace(/\/route\.ts$/, '')
    .split('/')
    .map((part) => urlSafe(segment(part)))
    .join('/')}`;
  const query =
    random() < 0.5
      ? `?${urlSafe(pick(random, FIELD_NAMES).slice(0, 100))}=${urlSafe(pick(random, strings).slice(0, 150))}`
      : '';
  const actor = pick(random, ['anonymous', 'student', 'teacher'] as const);
  const headers: Record<string, string> = { Origin: baseURL };
  if (cookies[actor]) headers.Cookie = cookies[actor];
  if (random() < 0.2)
    headers.Cookie = `__Host-fuente_teacher=${urlSafe(pick(random, strings).slice(0, 1_000))}; __Host-fuente_session=${urlSafe(pick(random, strings).slice(0, 1_000))}`;
  const method = pick(random, ['GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
  const body = method === 'GET' || method === 'HEAD' ? undefined : pick(random, strings).slice(0, 100_000);
  return { url: `${baseURL}${pathname}${query}`, init: { method, headers, body, redirect: 'manual' } };
}

/** What a failing case sent, short enough to read in the report. */
function describeRequest({ url, init }: { url: string; init: RequestInit }): string {
  const headers = Object.entries(init.headers as Record<string, string>)
    .filter(([name]) => name !== 'Cookie')
    .map(([name, value]) => `${name}: ${value.slice(0, 80)}`);
  if (init.body instanceof ReadableStream)
    return `${init.method} ${url.slice(0, 120)} [${headers.join('; ')}] (chunked body)`;
  const body =
    init.body instanceof FormData
      ? JSON.stringify([...init.body.entries()].map(([name, value]) => [name.slice(0, 40), String(value).slice(0, 80)]))
      : String(init.body ?? '').slice(0, 120);
  return `${init.method} ${url.slice(0, 120)} [${headers.join('; ')}] ${body}`;
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
  const before = await fingerprintWhileStopped();
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
  expect(failures).toEqual([]);
  const after = await fingerprintWhileStopped();
  expect(after.Learner?.rows, 'the fingerprint sees the fixture rows').toBeGreaterThan(DEMO.students);
  expect(after, 'no stored row changed').toEqual(before);
});
