import { beforeEach, describe, expect, it, vi } from 'vitest';
import es from '@/messages/es.json';
import { visitorLessonState } from '@/lib/lesson-learner-state';
import { DEFAULT_READING_PREFERENCE } from '@/lib/reading-preferences';
import { DEFAULT_SUPPORT_PROFILE } from '@/lib/supports/profile';
import { queueOwnerOf } from '../auth/learner-session';
import { getLesson } from '../lessons';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { saveFamiliarity } from './familiarity';
import { lessonStateEndpoint } from './lesson-state-endpoint';
import { readingProgressEndpoint } from './reading-endpoint';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const SITE = 'http://localhost:3000';
const lesson = getLesson('zero-tolerance')!;
const visitor = visitorLessonState(lesson.quizzes);

async function getState(slug = lesson.slug, locale = 'en') {
  const request = new Request(`${SITE}/api/${locale}/lessons/${slug}/state`);
  const response = await lessonStateEndpoint(request, { params: Promise.resolve({ locale, slug }) });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    learner: response.headers.get('fuente-learner'),
    body: await response.json(),
  };
}

/** Reading progress saved the way the page saves it, which signs this browser in as a new learner. */
async function readTo(furthestParagraph: number) {
  const request = new Request(`${SITE}/api/en/reading-progress`, {
    method: 'POST',
    headers: { host: 'localhost:3000', origin: SITE, 'content-type': 'application/json' },
    body: JSON.stringify({ lessonSlug: lesson.slug, furthestParagraph }),
  });
  expect((await readingProgressEndpoint(request, { params: Promise.resolve({ locale: 'en' }) })).status).toBe(200);
}

describe('GET /api/{locale}/lessons/{slug}/state', () => {
  it('gives a visitor without a session a visitor’s state, creating nobody and setting no cookie', async () => {
    expect(await getState()).toEqual({
      status: 200,
      cacheControl: 'private, no-store',
      learner: 'visitor',
      body: visitor,
    });
    expect(await database.prisma.learner.count()).toBe(0);
    expect(fakeRequest.setCookies).toEqual([]);
  });

  it('gives the learner their own state, and another browser none of it', async () => {
    await readTo(4);
    const learner = await database.prisma.learner.findFirstOrThrow();
    await saveFamiliarity(learner.id, lesson.slug, 'lots');
    const own = await getState();
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ familiarity: 'lots', reading: { furthestParagraph: 4 }, student: null });
    // Whose state it is, for the service worker (a guest has no name, but their state is still theirs).
    expect(own.learner).toBe(queueOwnerOf(learner.id));
    expect(own.body.queueOwner).toBe(own.learner);

    fakeRequest.reset();
    expect(await getState()).toMatchObject({ learner: 'visitor', body: visitor });
  });

  it('starts the text settings where the student’s support profile turns them on, until they save their own, and carries the rest of it', async () => {
    await readTo(1);
    // The learner this browser just became: earlier tests' learners are still in the database.
    const learner = await database.prisma.learner.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    const profile = {
      ...DEFAULT_SUPPORT_PROFILE,
      textSize: { policy: 'on', size: 'xlarge' },
      lineSpacing: { policy: 'offered', spacing: 'normal' },
      letterSpacing: { policy: 'on', spacing: 'wide' },
      readAloud: { policy: 'on', ratePercent: 125 },
    };
    await database.prisma.learner.update({ where: { id: learner.id }, data: { supportProfile: profile } });
    // Line spacing is only offered: the page's default stands.
    const { body } = await getState();
    expect(body.reading.preference).toEqual({
      textSize: 'xlarge',
      lineSpacing: DEFAULT_READING_PREFERENCE.lineSpacing,
    });
    // The rest of the profile the reading page applies, for the prerendered copy to lay over its shared HTML.
    expect(body.supports).toEqual({
      appearance: { letterSpacing: 'wide' },
      readAloudRatePercent: 125,
      lineFocus: false,
    });
    await database.prisma.readingPreference.create({
      data: { learnerId: learner.id, textSize: 'small', lineSpacing: 'normal' },
    });
    expect((await getState()).body.reading.preference).toEqual({ textSize: 'small', lineSpacing: 'normal' });
  });

  it('shows the default text settings for a stored value it no longer knows', async () => {
    await readTo(1);
    const learner = await database.prisma.learner.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    await database.prisma.readingPreference.create({
      data: { learnerId: learner.id, textSize: 'huge', lineSpacing: 'loose' },
    });
    expect((await getState()).body.reading.preference).toEqual(DEFAULT_READING_PREFERENCE);
  });

  it('answers an unknown lesson or language with a translated 404, and a database failure with a 503', async () => {
    expect(await getState('no-such-lesson', 'es')).toEqual({
      status: 404,
      cacheControl: 'private, no-store',
      learner: null,
      body: { status: 'error', message: es.NotFoundPage.title },
    });
    expect((await getState(lesson.slug, 'xx')).status).toBe(404);

    await readTo(2);
    vi.spyOn(database.prisma, '$queryRaw').mockRejectedValueOnce(new Error('connection terminated'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await getState(lesson.slug, 'es')).toMatchObject({
      status: 503,
      body: { status: 'error', message: es.RequestErrors['503'] },
    });
    expect((await getState()).status).toBe(200);
  });
});
