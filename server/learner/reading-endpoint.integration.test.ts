import { beforeEach, describe, expect, it, vi } from 'vitest';
import es from '@/messages/es.json';
import { readingProgressEndpoint } from './reading-endpoint';
import { getLesson } from '../lessons';
import { GUESTS_PER_ADDRESS_PER_MINUTE } from '../auth/throttle';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const SITE = 'http://localhost:3000';
const lesson = getLesson('zero-tolerance')!;
const paragraphs = lesson.article.paragraphs.length;

async function post(body: unknown, locale = 'en') {
  const request = new Request(`${SITE}/api/${locale}/reading-progress`, {
    method: 'POST',
    headers: { host: 'localhost:3000', origin: SITE, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const response = await readingProgressEndpoint(request, { params: Promise.resolve({ locale }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /api/{locale}/reading-progress', () => {
  it('records progress for a new visitor in the page’s language, and progress never goes back', async () => {
    expect(await post({ lessonSlug: lesson.slug, furthestParagraph: 5 }, 'es')).toEqual({
      status: 200,
      body: { status: 'ok', furthestParagraph: 5 },
    });
    expect(fakeRequest.setCookies.map((cookie) => cookie.name)).toEqual(['fuente_session']);
    expect(await post({ lessonSlug: lesson.slug, furthestParagraph: 2 })).toEqual({
      status: 200,
      body: { status: 'ok', furthestParagraph: 5 },
    });
    // The row keeps the furthest paragraph and the language of the latest save.
    const stored = await database.prisma.readingProgress.findMany();
    expect(stored).toEqual([expect.objectContaining({ lessonSlug: lesson.slug, furthestParagraph: 5, locale: 'en' })]);
  });

  it('refuses a paragraph the article does not have, or an unknown lesson, and creates nobody', async () => {
    const learners = await database.prisma.learner.count();
    const refusal = { status: 400, body: { status: 'error', code: 'invalid', message: es.Forms.fixErrors } };
    expect(await post({ lessonSlug: lesson.slug, furthestParagraph: paragraphs + 1 }, 'es')).toEqual(refusal);
    expect(await post({ lessonSlug: 'no-such-lesson', furthestParagraph: 1 }, 'es')).toEqual(refusal);
    expect(await post({ lessonSlug: lesson.slug, furthestParagraph: 0 }, 'es')).toEqual(refusal);
    expect(await database.prisma.learner.count()).toBe(learners);
    // The last paragraph is accepted: the bound above is the article's length, not one less.
    expect((await post({ lessonSlug: lesson.slug, furthestParagraph: paragraphs })).status).toBe(200);
  });
});

describe('POST /api/{locale}/reading-progress, guests', () => {
  it('makes at most the throttle’s number of guests from one address, whatever the number of cookie-less posts', async () => {
    const before = await database.prisma.learner.count();
    const statuses = new Map<number, number>();
    for (let sent = 0; sent < 1000; sent += 1) {
      fakeRequest.reset();
      fakeRequest.headers.set('x-fuente-client-address', '203.0.113.7');
      const { status } = await post({ lessonSlug: lesson.slug, furthestParagraph: 1 });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    const made = (await database.prisma.learner.count()) - before;
    // The throttle counts per minute: a run that crosses a minute's edge may make up to twice the number.
    expect(made).toBeGreaterThanOrEqual(GUESTS_PER_ADDRESS_PER_MINUTE);
    expect(made).toBeLessThanOrEqual(2 * GUESTS_PER_ADDRESS_PER_MINUTE);
    expect(statuses.get(200)).toBe(made);
    expect(statuses.get(503)).toBe(1000 - made);
    // Another address still gets its guest.
    fakeRequest.reset();
    fakeRequest.headers.set('x-fuente-client-address', '198.51.100.9');
    expect((await post({ lessonSlug: lesson.slug, furthestParagraph: 1 })).status).toBe(200);
  }, 120_000);
});

describe('POST /api/{locale}/reading-progress, hostile lessons', () => {
  it('refuses an unknown lesson with any paragraph number, never a 500 (the fuzz test’s cases)', async () => {
    for (const furthestParagraph of [null, 1, 5, -1])
      expect((await post({ lessonSlug: '<script>alert(1)</script>', furthestParagraph })).status).toBe(400);
  });
});
