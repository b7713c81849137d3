import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { answerItem, type AnswerRequest } from './answer-item';
import { submitAttempt } from './attempts';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);

const database = setUpAppTestDatabase();

const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const single = quiz.items.find((item) => item.type === 'single')!;
if (single.type !== 'single') throw new Error('the comprehension quiz needs a single-choice item');
const right = single.options.find((option) => option.correct)!.id;
const wrong = single.options.find((option) => !option.correct)!.id;

let seq = 0;
const request = (attemptId: string | null, optionId: string, check: boolean): AnswerRequest => ({
  lesson,
  quizId: 'comprehension',
  attemptId,
  itemId: single.id,
  response: { optionId },
  saveId: randomUUID(),
  seq: (seq += 1),
  check,
  optionSeed: 1234,
});

describe('answerItem', () => {
  it('starts the attempt with the order the page showed, and a draft carries no feedback', async () => {
    const { learnerId } = await createAnonymousLearner();
    const outcome = await answerItem(learnerId, 'en', request(null, wrong, false));
    expect(outcome).toEqual({ status: 'ok', attemptId: expect.any(String), itemId: single.id, checked: false });
    const attempt = await database.prisma.quizAttempt.findFirstOrThrow({ where: { learnerId } });
    expect(outcome.status === 'ok' && outcome.attemptId).toBe(attempt.id);
    expect(attempt.optionSeed).toBe(1234);
  });

  it("returns a check's finished feedback in the learner's language, and the first check stays final", async () => {
    const { learnerId } = await createAnonymousLearner();
    const first = await answerItem(learnerId, 'es', request(null, wrong, true));
    if (first.status !== 'ok') throw new Error(first.code);
    expect(first.checked).toBe(true);
    expect(first.feedback).toMatchObject({
      itemId: single.id,
      correct: false,
      score: 0,
      explanation: single.explanation.es,
      correctOptionIds: [right],
    });
    // Checking again with the right option changes nothing: the stored answer's feedback comes back.
    const again = await answerItem(learnerId, 'en', request(first.attemptId, right, true));
    expect(again).toMatchObject({ status: 'ok', checked: true, feedback: { correct: false, score: 0 } });
    expect(again.status === 'ok' && again.feedback?.explanation).toBe(single.explanation.en);
  });

  it('refuses what the server would not store, with a code the caller can act on', async () => {
    const { learnerId } = await createAnonymousLearner();
    const started = await answerItem(learnerId, 'en', request(null, wrong, false));
    if (started.status !== 'ok') throw new Error(started.code);
    expect(await answerItem(learnerId, 'en', request(started.attemptId, 'no-such-option', false))).toEqual({
      status: 'error',
      code: 'invalid',
    });
    const stranger = await createAnonymousLearner();
    expect(await answerItem(stranger.learnerId, 'en', request(started.attemptId, right, false))).toEqual({
      status: 'error',
      code: 'not-found',
    });
    await submitAttempt(lesson, learnerId, started.attemptId);
    expect(await answerItem(learnerId, 'en', request(started.attemptId, right, false))).toEqual({
      status: 'error',
      code: 'submitted',
    });
  });

  it('starts no attempt for a save no attempt could take (an unknown item or option, an item of another quiz)', async () => {
    const { learnerId } = await createAnonymousLearner();
    const attribution = lesson.quizzes.find((candidate) => candidate.id === 'attribution')!;
    for (const unfit of [
      request(null, 'no-such-option', false),
      { ...request(null, right, false), itemId: 'no-such-item' },
      { ...request(null, right, false), itemId: attribution.items[0]!.id },
    ])
      expect(await answerItem(learnerId, 'en', unfit)).toEqual({ status: 'error', code: 'invalid' });
    expect(await database.prisma.quizAttempt.count({ where: { learnerId } })).toBe(0);
  });

  it('acknowledges a late draft without storing it over a newer one', async () => {
    const { learnerId } = await createAnonymousLearner();
    const newer = request(null, right, false);
    const older = { ...request(null, wrong, false), seq: newer.seq - 10 };
    const saved = await answerItem(learnerId, 'en', newer);
    if (saved.status !== 'ok') throw new Error(saved.code);
    expect(await answerItem(learnerId, 'en', { ...older, attemptId: saved.attemptId })).toEqual({
      status: 'ok',
      attemptId: saved.attemptId,
      itemId: single.id,
      checked: false,
    });
    const stored = await database.prisma.quizAnswer.findFirstOrThrow({ where: { attemptId: saved.attemptId } });
    expect(stored.response).toEqual({ optionId: right });
  });
});
