import { seededRandom } from '../../lib/seeded-random';
import { FIELD_NAMES, HOSTILE_BOUND_PARTS, hostileStrings, hostileValues, pick } from './hostile-input';
import { LESSON_SLUG } from './locales';

// The fuzz test's malformed requests (e2e/fuzz.spec.ts), made from a seed: the same seed, world and case number give
// the same request, so a failing run replays with FUENTE_FUZZ_SEED (fuzz-requests.test.ts checks that it does).

export type FuzzRequest = { url: string; init: RequestInit };

/** The app under test, and who the requests may come from. */
export type FuzzWorld = {
  baseURL: string;
  cookies: { anonymous: string; student: string; teacher: string };
  /** The fuzz teacher's own class, and the ids of another teacher's class and student, as a forger would try them. */
  ids: { ownClassId: string; otherTenant: string[] };
};

/** The run's seed: FUENTE_FUZZ_SEED replays a run; otherwise each run draws a new one. */
export function fuzzSeed(value = process.env.FUENTE_FUZZ_SEED): number {
  if (value === undefined || value === '') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(value);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`FUENTE_FUZZ_SEED must be a whole number, not ${value}`);
  return seed;
}

const NO_SCRIPT = 7;
const NO_SCRIPT_EVERY = 40;

/** URL-encodes any string, lone surrogates included (they become U+FFFD, as a browser would send them). */
const urlSafe = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));

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
 * create a learner or store a row: what a valid save into someone else's attempt gets is the business of
 * e2e/authorization-routes.spec.ts.
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
  'api/[locale]/join/route.ts': {
    body: (random, strings) => ({
      intent: pick(random, ['join', 'me', 'another']),
      code: pick(random, ['ABCDEF', ...strings]).slice(0, 20),
      displayName: pick(random, ['Ana', ...strings]).slice(0, 80),
      resumeCode: pick(random, ['ABCD2345', ...strings]).slice(0, 20),
      newName: pick(random, strings).slice(0, 80),
    }),
    poison: (strings) => ({
      intent: strings.filter((value) => !['join', 'me', 'another'].includes(value)),
      displayName: ['', '1234', 'x'.repeat(61), 7, null, [], {}],
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

/** The requests of one run: `actionRequest(action, i)` and `routeRequest(route, i)` are case i against that target. */
export function fuzzRequests(seed: number, { baseURL, cookies, ids }: FuzzWorld) {
  /** A concrete path for a page of the build, e.g. app/[locale]/teacher/classes/[classId]/lessons/[slug]/page → /es/… */
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
        .replace(/\[[a-zA-Z]+\]/g, (segment) => values[segment] ?? uuidFrom(random)) || '/'
    );
  }

  /** One malformed Server Action request, chosen by the case number. */
  function actionRequest(action: { id: string; key: string; pages: string[] }, index: number): FuzzRequest {
    const random = seededRandom(seed + index * 7919 + action.id.charCodeAt(3));
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
              JSON.stringify({ id: action.id, bound: '$@9' }),
              JSON.stringify({ id: action.id, bound: pick(random, values) }),
              pick(random, strings),
            ]),
          );
        // The previous state a useActionState form binds, forged (scripts/action-fields.mjs screens it).
        if (random() < 0.3) form.append('$ACTION_1:1', pick(random, [...HOSTILE_BOUND_PARTS, pick(random, strings)]));
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

  /** A POST in a JSON endpoint's own format, with hostile values in random fields and one refused for sure. */
  function jsonRequest(route: string, shape: JsonShape, index: number): FuzzRequest {
    const random = seededRandom(seed + index * 15_485_863 + route.length);
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
  function routeRequest(route: string, index: number): FuzzRequest {
    // Half a JSON endpoint's cases speak its own format; the other half are the generic ones below.
    const json = JSON_ROUTES[route];
    if (json && index % 2 === 0) return jsonRequest(route, json, index);
    const random = seededRandom(seed + index * 104_729 + route.length);
    const strings = hostileStrings(ids.otherTenant);
    const segment = (name: string) =>
      name === '[classId]'
        ? pick(random, [
            ...strings.slice(0, 30).map((value) => value.slice(0, 150)),
            ...ids.otherTenant,
            ids.ownClassId,
          ])
        : name === '[locale]'
          ? pick(random, ['en', 'es', 'xx', '..'])
          : name === '[slug]'
            ? random() < 0.75
              ? LESSON_SLUG
              : pick(random, strings).slice(0, 150)
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

  return { actionRequest, routeRequest };
}

/** What a failing case sent, short enough to read in the report. */
export function describeRequest({ url, init }: FuzzRequest): string {
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
