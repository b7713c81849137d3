import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { joinEndpoint } from './join-endpoint';
import { currentLearnerId } from '../auth/learner-session';
import { createClass, getClass } from '../teacher/classes';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const SITE = 'http://localhost:3000';
let address = 0;

/** A class of a new teacher, in `defaultLocale`; returns its join code. */
async function newClass(defaultLocale: 'en' | 'es' = 'en') {
  const teacher = await database.prisma.teacher.create({
    data: { email: `join-endpoint-${Date.now()}-${Math.random()}@school.example`, passwordHash: 'x' },
  });
  const { id } = await createClass(teacher.id, 'Period 4', {
    feedbackMode: 'immediate',
    retakes: -1,
    defaultLocale,
    countedAttempt: 'latest',
  });
  return (await getClass(teacher.id, id))!.joinCode;
}

/** Posts one step of joining from a browser of its own address, with the cookies fakeRequest holds. */
async function post(body: unknown, { locale = 'en', contentType = 'application/json' } = {}) {
  fakeRequest.headers.set('x-fuente-client-address', `192.0.2.${(address += 1) % 250}`);
  const request = new Request(`${SITE}/api/${locale}/join`, {
    method: 'POST',
    headers: { host: 'localhost:3000', origin: SITE, 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const response = await joinEndpoint(request, { params: Promise.resolve({ locale }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /api/{locale}/join', () => {
  it('joins, signs this browser in and answers what the welcome shows, in the class’s language', async () => {
    const code = await newClass('es');
    const joined = await post({ code: code.toLowerCase(), displayName: '  Ana  ' });
    expect(joined).toEqual({
      status: 200,
      body: {
        status: 'ok',
        welcome: {
          displayName: 'Ana',
          className: 'Period 4',
          resumeCode: expect.stringMatching(/^[A-Z2-9]{8}$/),
          locale: 'es',
        },
      },
    });
    expect(fakeRequest.setCookies.map((cookie) => cookie.name)).toEqual(['fuente_session']);
    const learnerId = await currentLearnerId();
    expect(await database.prisma.learner.findUnique({ where: { id: learnerId! } })).toMatchObject({
      displayName: 'Ana',
    });
  });

  it('asks "Is this you?" for a name the class has, and lets the student back in with their personal code', async () => {
    const code = await newClass();
    const first = await post({ code, displayName: 'Ana' });
    const { resumeCode } = (first.body as { welcome: { resumeCode: string } }).welcome;
    fakeRequest.reset();
    expect(await post({ code, displayName: 'ana' })).toEqual({
      status: 200,
      body: { status: 'ok', sameName: { code, displayName: 'ana' } },
    });
    expect(fakeRequest.setCookies).toEqual([]);
    expect(await post({ intent: 'me', code, displayName: 'ana', resumeCode }, { locale: 'es' })).toEqual({
      status: 200,
      body: { status: 'ok', next: '/es/lessons/zero-tolerance?welcome=back' },
    });
    expect(fakeRequest.setCookies.map((cookie) => cookie.name)).toEqual(['fuente_session']);
    // One Ana in the class: the second came back as the first.
    expect(await database.prisma.learner.count({ where: { class: { joinCode: code } } })).toBe(1);
  });

  it('refuses in the page’s language, says which field, gives back what was typed, and stores nothing', async () => {
    const learners = await database.prisma.learner.count();
    expect(await post({ code: 'ZZZZZZ', displayName: 'Ana' }, { locale: 'es' })).toEqual({
      status: 400,
      body: {
        status: 'error',
        code: 'invalid',
        message: es.Join.unknownCode,
        fieldErrors: { code: es.Join.unknownCode },
        values: { code: 'ZZZZZZ', displayName: 'Ana' },
      },
    });
    expect(await post({ code: 'not a code', displayName: '' })).toMatchObject({
      status: 400,
      body: { message: en.Forms.fixErrors, fieldErrors: { code: en.Join.unknownCode, displayName: en.Join.nameHint } },
    });
    // Not JSON, not an object, not JSON's content type.
    expect((await post('{"code":', {})).status).toBe(400);
    expect((await post(['ABCDEF', 'Ana'])).status).toBe(400);
    expect((await post({ code: 'ABCDEF', displayName: 'Ana' }, { contentType: 'text/plain' })).status).toBe(415);
    expect(fakeRequest.setCookies).toEqual([]);
    expect(await database.prisma.learner.count()).toBe(learners);
  });

  it('answers a throttled address with 429 and its message', async () => {
    const code = await newClass();
    fakeRequest.headers.set('x-fuente-client-address', '198.51.100.77');
    const statuses: number[] = [];
    for (let sent = 0; sent < 70; sent += 1) {
      const request = new Request(`${SITE}/api/en/join`, {
        method: 'POST',
        headers: { host: 'localhost:3000', origin: SITE, 'content-type': 'application/json' },
        body: JSON.stringify({ code, displayName: `Student ${sent}` }),
      });
      const response = await joinEndpoint(request, { params: Promise.resolve({ locale: 'en' }) });
      statuses.push(response.status);
      if (response.status === 429) expect(await response.json()).toMatchObject({ message: en.Forms.throttled });
    }
    expect(statuses).toContain(429);
  });
});
