import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveRequest } from '@/lib/quiz/save-request';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { answerEndpoint } from './answer-endpoint';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { getLesson } from '../lessons';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => {
  fakeRequest.reset();
  vi.restoreAllMocks();
});

const SITE = 'http://localhost:3000';
const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const single = quiz.items.find((item) => item.type === 'single')!;
if (single.type !== 'single') throw new Error('the comprehension quiz needs a single-choice item');
const wrong = single.options.find((option) => !option.correct)!.id;

let seq = 0;
const save = (attemptId: string | null, overrides: Partial<SaveRequest> = {}): SaveRequest => ({
  lessonSlug: lesson.slug,
  quizId: 'comprehension',
  attemptId,
  itemId: single.id,
  response: { optionId: wrong },
  saveId: randomUUID(),
  seq: (seq += 1),
  check: false,
  ...overrides,
});

type Sent = { locale?: string; origin?: string | null; type?: string; body?: BodyInit };
async function send(sent: Sent) {
  const headers = new Headers({ host: 'localhost:3000', 'content-type': sent.type ?? 'application/json' });
  if (sent.origin !== null) headers.set('origin', sent.origin ?? SITE);
  const locale = sent.locale ?? 'en';
  const request = new Request(`${SITE}/api/${locale}/answers`, { method: 'POST', headers, body: sent.body });
  const response = await answerEndpoint(request, { params: Promise.resolve({ locale }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const post = (request: SaveRequest, sent: Sent = {}) => send({ ...sent, body: JSON.stringify(request) });

/** The answers stored in an attempt, read directly from the database. */
const storedAnswers = (attemptId: string) => database.prisma.quizAnswer.findMany({ where: { attemptId } });

describe('POST /api/{locale}/answers', () => {
  it('stores a save for a new visitor, signs them in, and a repeated save (same saveId) is stored once', async () => {
    const first = save(null);
    const saved = await post(first);
    expect(saved).toEqual({
      status: 200,
      body: {
        status: 'ok',
        attemptId: expect.any(String),
        itemId: single.id,
        checked: false,
        queueOwner: expect.any(String),
      },
    });
    expect(fakeRequest.setCookies.map((cookie) => cookie.name)).toEqual(['fuente_session']);
    const attemptId = saved.body.attemptId as string;
    const again = await post({ ...first, attemptId });
    expect(again.status).toBe(200);
    expect(await storedAnswers(attemptId)).toHaveLength(1);
    expect((await storedAnswers(attemptId))[0]).toMatchObject({ saveId: first.saveId, response: { optionId: wrong } });
  });

  it('returns a check’s feedback in the language of the URL', async () => {
    const checked = await post(save(null, { check: true }), { locale: 'es' });
    expect(checked.body).toMatchObject({
      status: 'ok',
      checked: true,
      feedback: { correct: false, explanation: single.explanation.es },
    });
  });

  it('refuses another learner’s attempt as not found, and the same save by its owner is stored', async () => {
    const owner = await post(save(null));
    const attemptId = owner.body.attemptId as string;
    const ownerCookies = new Map(fakeRequest.cookies);
    const before = await storedAnswers(attemptId);

    fakeRequest.reset();
    const { token } = await createAnonymousLearner();
    fakeRequest.cookies.set('fuente_session', token);
    const attack = save(attemptId, { response: { optionId: single.options.find((o) => o.correct)!.id } });
    expect(await post(attack)).toEqual({
      status: 404,
      body: { status: 'error', code: 'not-found', message: en.Quiz.errors.notFound },
    });
    expect(await storedAnswers(attemptId)).toEqual(before);

    fakeRequest.reset();
    for (const [name, value] of ownerCookies) fakeRequest.cookies.set(name, value);
    expect((await post(attack)).status).toBe(200);
    expect((await storedAnswers(attemptId))[0]).toMatchObject({ saveId: attack.saveId });
  });

  it('refuses a request from another site or without an origin, and creates nobody', async () => {
    const learners = await database.prisma.learner.count();
    expect((await post(save(null), { origin: 'https://attacker.example' })).status).toBe(403);
    expect((await post(save(null), { origin: null })).status).toBe(403);
    expect(await database.prisma.learner.count()).toBe(learners);
    expect(fakeRequest.setCookies).toEqual([]);
  });

  it('refuses other formats, oversized and malformed bodies, in the language of the URL, and creates nobody', async () => {
    const learners = await database.prisma.learner.count();
    const refusal = { status: 'error', code: 'invalid', message: es.Quiz.errors.invalid };
    const valid = JSON.stringify(save(null));
    expect(await send({ locale: 'es', type: 'text/plain', body: valid })).toEqual({ status: 415, body: refusal });
    const huge = JSON.stringify(save(null, { response: { optionId: 'x'.repeat(20_000) } }));
    expect(await send({ locale: 'es', body: huge })).toEqual({ status: 413, body: refusal });
    expect(await send({ locale: 'es', body: '{"lessonSlug":' })).toEqual({ status: 400, body: refusal });
    expect(await send({ locale: 'es', body: new Uint8Array([0x7b, 0xff, 0x7d]) })).toEqual({
      status: 400,
      body: refusal,
    });
    expect(await post(save(null, { lessonSlug: 'no-such-lesson' }), { locale: 'es' })).toEqual({
      status: 400,
      body: refusal,
    });
    expect(await post(save(null, { seq: -1 }), { locale: 'es' })).toEqual({ status: 400, body: refusal });
    expect((await send({ locale: 'xx', body: valid })).status).toBe(404);
    expect(await database.prisma.learner.count()).toBe(learners);
  });

  it('refuses a save no attempt could take before making a guest for it', async () => {
    const learners = await database.prisma.learner.count();
    const refusal = { status: 400, body: { status: 'error', code: 'invalid', message: en.Quiz.errors.invalid } };
    const attribution = lesson.quizzes.find((candidate) => candidate.id === 'attribution')!;
    for (const unfit of [
      save(null, { itemId: 'no-such-item' }),
      save(null, { itemId: attribution.items[0]!.id }),
      save(null, { response: { optionId: 'no-such-option' } }),
      save(null, { response: { text: 'a written answer to a choice' } }),
      save(null, { saveId: 'not-a-uuid' }),
    ])
      expect(await post(unfit)).toEqual(refusal);
    expect(fakeRequest.setCookies).toEqual([]);
    expect(await database.prisma.learner.count()).toBe(learners);
  });

  it('answers a database failure with a retryable "server" error, and the retry is stored', async () => {
    const first = save(null);
    vi.spyOn(database.prisma, '$queryRaw').mockRejectedValueOnce(new Error('connection terminated'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = await post(first);
    expect(failed).toEqual({ status: 503, body: { status: 'error', code: 'server', message: en.Quiz.errors.server } });
    const retried = await post(first);
    expect(retried.status).toBe(200);
    expect(await storedAnswers(retried.body.attemptId as string)).toHaveLength(1);
  });
});
