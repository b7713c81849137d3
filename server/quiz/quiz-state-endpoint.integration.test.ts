import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_QUIZ_SUPPORTS } from '@/lib/supports/quiz-view';
import es from '@/messages/es.json';
import type { QuizItem } from '@/content/quiz-schema';
import { seededRandom } from '@/lib/seeded-random';
import { simulatedResponse } from '../demo/answers';
import { currentLearnerToken, ensureLearnerId, queueOwnerOf, setLearnerCookie } from '../auth/learner-session';
import { joinClass } from '../learner/students';
import { createClass, getClass } from '../teacher/classes';
import { getLesson } from '../lessons';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { getOrStartAttempt, saveAnswer, submitAttempt } from './attempts';
import { loadQuizPage } from './quiz-page';
import { quizStateEndpoint } from './quiz-state-endpoint';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const SITE = 'http://localhost:3000';
const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const explanations = (item: QuizItem) => [item.explanation.en, item.explanation.es];

async function getState(quizId: string = quiz.id, locale = 'en', slug = lesson.slug) {
  const request = new Request(`${SITE}/api/${locale}/lessons/${slug}/quizzes/${quizId}/state`);
  const response = await quizStateEndpoint(request, { params: Promise.resolve({ locale, slug, quizId }) });
  const text = await response.text();
  const learner = response.headers.get('fuente-learner');
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    learner,
    text,
    body: JSON.parse(text),
  };
}

async function save(learnerId: string, attemptId: string, item: QuizItem, check: boolean, seq = 1) {
  const response = simulatedResponse(item, 1, seededRandom(seq));
  const result = await saveAnswer(lesson, {
    learnerId,
    attemptId,
    itemId: item.id,
    response,
    saveId: randomUUID(),
    seq,
    check,
  });
  expect(result.status).toBe('saved');
}

describe('GET /api/{locale}/lessons/{slug}/quizzes/{quizId}/state', () => {
  it('gives a visitor the questions and nothing saved, without a key, creating nobody and setting no cookie', async () => {
    const { status, cacheControl, body, text } = await getState(quiz.id, 'es');
    expect({ status, cacheControl }).toEqual({ status: 200, cacheControl: 'private, no-store' });
    expect(body).toMatchObject({ status: 'open', attemptId: null, answers: {}, feedback: {} });
    expect(body.quiz.items.map((item: { id: string }) => item.id)).toEqual(quiz.items.map((item) => item.id));
    expect(body.quiz.title).toBe(quiz.title.es);
    for (const item of quiz.items) for (const words of explanations(item)) expect(text).not.toContain(words);
    expect(text).not.toMatch(/"correct/);
    expect(await database.prisma.learner.count()).toBe(0);
    expect(fakeRequest.setCookies).toEqual([]);
  });

  it('gives the learner their attempt as the page rendered per request shows it: feedback only for checked items', async () => {
    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, lesson.slug, quiz.id);
    const [checked, drafted, untouched] = quiz.items as [QuizItem, QuizItem, QuizItem];
    await save(learnerId, attempt.id, checked, true);
    await save(learnerId, attempt.id, drafted, false);

    const { body, text } = await getState();
    const page = (await loadQuizPage(lesson.slug, quiz.id, 'en'))!;
    expect(body).toEqual({
      status: 'open',
      quiz: page.quiz,
      attemptId: attempt.id,
      feedbackMode: page.feedbackMode,
      answers: JSON.parse(JSON.stringify(page.answers)),
      feedback: JSON.parse(JSON.stringify(page.feedback)),
      optionSeed: attempt.optionSeed,
      queueOwner: page.queueOwner,
      assignment: null,
      // A student without a profile: nothing changes on their page, and read-aloud is theirs to turn on.
      supports: { ...NO_QUIZ_SUPPORTS, choices: { offered: ['readAloud'], chosen: [] } },
    });
    expect(Object.keys(body.answers).sort()).toEqual([checked.id, drafted.id].sort());
    expect(Object.keys(body.feedback)).toEqual([checked.id]);
    for (const item of [drafted, untouched]) for (const words of explanations(item)) expect(text).not.toContain(words);

    // Another browser sees none of it.
    fakeRequest.reset();
    expect((await getState()).body).toMatchObject({ attemptId: null, answers: {}, feedback: {} });
  });

  it('words a checked answer’s feedback in the language of the address, not the default one', async () => {
    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, lesson.slug, quiz.id);
    const item = quiz.items.find((candidate) => candidate.type === 'truefalse')!;
    await save(learnerId, attempt.id, item, true);
    // No middleware runs before the state endpoint to tell next-intl the request's language: only its address does.
    const { body } = await getState(quiz.id, 'es');
    const words = JSON.stringify(body.feedback[item.id]);
    expect(words).toMatch(new RegExp(`${es.Quiz.true}|${es.Quiz.false}`));
    expect(words).not.toMatch(/"(True|False)"/);
  });

  it('sends a submitted attempt to its results, in the page’s language', async () => {
    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, lesson.slug, quiz.id);
    for (const [index, item] of quiz.items.entries()) await save(learnerId, attempt.id, item, true, index + 1);
    expect((await submitAttempt(lesson, learnerId, attempt.id)).status).toBe('submitted');
    const state = await getState(quiz.id, 'es');
    expect(state.body).toEqual({
      status: 'submitted',
      resultsPath: `/es/lessons/${lesson.slug}/quiz/${quiz.id}/results`,
      queueOwner: queueOwnerOf(learnerId),
    });
    // Whose state it is, for the service worker (public/sw.js).
    expect(state.learner).toBe(queueOwnerOf(learnerId));
  });

  it('leaves a guest’s practice attempt out once they join a class, and a class archived shows a visitor’s page', async () => {
    const guestId = await ensureLearnerId();
    const practice = await getOrStartAttempt(guestId, lesson.slug, quiz.id);
    await save(guestId, practice.id, quiz.items[0]!, false);
    expect((await getState()).body).toMatchObject({ attemptId: practice.id });

    const teacher = await database.prisma.teacher.create({
      data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
      select: { id: true },
    });
    const created = await createClass(teacher.id, 'Period 4', {
      feedbackMode: 'deferred',
      retakes: 0,
      defaultLocale: 'en',
      countedAttempt: 'latest',
    });
    const { joinCode } = (await getClass(teacher.id, created.id))!;
    const joined = await joinClass(joinCode, 'Ana', randomUUID(), await currentLearnerToken());
    if (!joined.ok) throw new Error(joined.error);
    await setLearnerCookie(joined.token);
    const student = (await getState()).body;
    expect(student).toMatchObject({ status: 'open', attemptId: null, answers: {}, feedbackMode: 'deferred' });
    expect(student.queueOwner).not.toBe('visitor');

    await database.prisma.class.update({ where: { id: created.id }, data: { archivedAt: new Date() } });
    expect((await getState()).body).toMatchObject({
      attemptId: null,
      feedbackMode: 'immediate',
      queueOwner: 'visitor',
    });
  });

  it("carries a class student's assignment: opens on, due, and their own close with an extension", async () => {
    const teacher = await database.prisma.teacher.create({
      data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
      select: { id: true },
    });
    const created = await createClass(teacher.id, 'Period 6', {
      feedbackMode: 'immediate',
      retakes: 0,
      defaultLocale: 'en',
      countedAttempt: 'latest',
    });
    const { joinCode } = (await getClass(teacher.id, created.id))!;
    const joined = await joinClass(joinCode, 'Ana', randomUUID());
    if (!joined.ok) throw new Error(joined.error);
    await setLearnerCookie(joined.token);
    const hour = 60 * 60 * 1000;
    const opensAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 24 * hour);
    const dueAt = new Date(opensAt.getTime() + 24 * hour);
    const assignment = await database.prisma.assignment.create({
      data: { classId: created.id, lessonSlug: lesson.slug, opensAt, dueAt },
    });
    expect((await getState()).body.assignment).toEqual({
      state: 'upcoming',
      opensAt: opensAt.toISOString(),
      dueAt: dueAt.toISOString(),
      closesAt: null,
      locked: false,
      graded: true,
    });

    const closesAt = new Date(Date.now() - hour);
    const extendedUntil = new Date(Math.floor(Date.now() / 1000) * 1000 + hour);
    await database.prisma.assignment.update({
      where: { id: assignment.id },
      data: { opensAt: new Date(Date.now() - 3 * hour), dueAt: new Date(Date.now() - 2 * hour), closesAt },
    });
    expect((await getState()).body.assignment).toMatchObject({ state: 'closed' });
    await database.prisma.assignmentExtension.create({
      data: { assignmentId: assignment.id, learnerId: await ensureLearnerId(), closesAt: extendedUntil },
    });
    expect((await getState()).body.assignment).toMatchObject({
      state: 'late',
      closesAt: extendedUntil.toISOString(),
    });

    // The teacher locks this quiz and makes it practice: the extension still lets Ana in, and the page says practice.
    await database.prisma.assignment.update({
      where: { id: assignment.id },
      data: { closesAt: null, lockedQuizIds: [quiz.id], practiceQuizIds: [quiz.id] },
    });
    expect((await getState()).body.assignment).toMatchObject({ state: 'late', locked: false, graded: false });
    await database.prisma.assignmentExtension.deleteMany({ where: { assignmentId: assignment.id } });
    expect((await getState()).body.assignment).toMatchObject({ state: 'closed', locked: true, graded: false });
    expect((await getState('attribution')).body.assignment).toMatchObject({
      state: 'late',
      locked: false,
      graded: true,
    });
  });

  it('answers an unknown quiz, lesson or language with a translated 404, and a database failure with a 503', async () => {
    expect(await getState('no-such-quiz', 'es')).toMatchObject({
      status: 404,
      cacheControl: 'private, no-store',
      body: { status: 'error', message: es.NotFoundPage.title },
    });
    expect((await getState(quiz.id, 'es', 'no-such-lesson')).status).toBe(404);
    expect((await getState(quiz.id, 'xx')).status).toBe(404);

    await ensureLearnerId();
    vi.spyOn(database.prisma, '$queryRaw').mockRejectedValueOnce(new Error('connection terminated'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await getState(quiz.id, 'es')).toMatchObject({
      status: 503,
      body: { status: 'error', message: es.RequestErrors['503'] },
    });
    expect((await getState()).status).toBe(200);
  });
});
