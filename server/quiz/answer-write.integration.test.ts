import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { getOrStartAttempt, saveAnswer, submitAttempt, type SaveAnswerInput } from './attempts';

// Every save is one SQL statement (answer-write.ts); when it writes nothing, saveAnswer reads why (save-rule.ts).
// These tests count the statements and race saves against each other and against a submit.

const statements: string[] = [];
const database = setUpAppTestDatabase({ onQuery: (sql) => statements.push(sql) });
beforeEach(() => {
  statements.length = 0;
});

const lesson = getLesson('zero-tolerance')!;
const ITEM = 'c-midterms'; // a true/false item of the comprehension quiz

async function newAttempt() {
  const { learnerId } = await createAnonymousLearner();
  const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
  const save = (input: Partial<SaveAnswerInput> = {}, inLesson = lesson) =>
    saveAnswer(inLesson, {
      learnerId,
      attemptId: attempt.id,
      itemId: ITEM,
      response: { value: true },
      saveId: randomUUID(),
      seq: 1,
      check: false,
      ...input,
    });
  const stored = () => database.prisma.quizAnswer.findMany({ where: { attemptId: attempt.id } });
  statements.length = 0;
  return { learnerId, attempt, save, stored };
}

describe('an answer save in one statement', () => {
  it('stores a draft, then a newer one, then a check, each in a single statement', async () => {
    const { save, stored } = await newAttempt();
    expect(await save({ seq: 1 })).toMatchObject({ status: 'saved', checked: false, grade: null });
    expect(statements).toHaveLength(1);
    expect(await save({ seq: 2, response: { value: false } })).toMatchObject({ status: 'saved', checked: false });
    expect(await save({ seq: 3, check: true })).toMatchObject({
      status: 'saved',
      checked: true,
      grade: { score: 1, correct: true },
    });
    expect(statements).toHaveLength(3);
    expect(await stored()).toMatchObject([{ itemId: ITEM, seq: 3, response: { value: true }, correct: true }]);
  });

  it('writes nothing for a repeated, late or forged save, and says what it was', async () => {
    const { save, stored } = await newAttempt();
    const saveId = randomUUID();
    await save({ saveId, seq: 2 });
    statements.length = 0;
    expect((await save({ saveId, seq: 2 })).status).toBe('duplicate');
    expect(statements.length).toBeGreaterThan(1);
    expect((await save({ seq: 1, response: { value: false } })).status).toBe('stale');
    // Another item's saveId: refused, and nothing of it stored.
    expect((await save({ itemId: 'c-why-flee', saveId, seq: 5 })).status).toBe('invalid');
    expect(await stored()).toMatchObject([{ itemId: ITEM, seq: 2, response: { value: true } }]);
  });

  it('writes nothing into someone else’s attempt, a submitted one, or with the wrong lesson', async () => {
    const { learnerId, attempt, save, stored } = await newAttempt();
    const stranger = await createAnonymousLearner();
    expect((await save({ learnerId: stranger.learnerId })).status).toBe('not-found');
    expect((await save({}, { ...lesson, slug: 'another-lesson' })).status).toBe('not-found');
    expect(await stored()).toEqual([]);
    await submitAttempt(lesson, learnerId, attempt.id);
    expect((await save({ seq: 9 })).status).toBe('submitted');
    expect(await stored()).toEqual([]);
  });

  it('keeps the newest of many saves of one item sent at once, and a check final', async () => {
    const { save, stored } = await newAttempt();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) => save({ seq: index + 1, response: { value: index % 2 === 0 } })),
    );
    expect(results.every((result) => ['saved', 'stale'].includes(result.status))).toBe(true);
    expect(await stored()).toMatchObject([{ seq: 12, response: { value: false } }]);

    const checks = await Promise.all([
      save({ seq: 20, check: true }),
      save({ seq: 21, check: true, response: { value: false } }),
    ]);
    expect(checks.map((result) => result.status).sort()).toEqual(['already-checked', 'saved']);
    const [row] = await stored();
    const winner = checks.find((result) => result.status === 'saved')!;
    expect(row!.checkedAt).not.toBeNull();
    expect(row!.correct).toBe(winner.status === 'saved' && winner.grade?.correct);
  });

  it('either counts a save racing the submit, or refuses it: never stored after the score', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { learnerId, attempt, save, stored } = await newAttempt();
      const [saved, submitted] = await Promise.all([
        save({ check: false }),
        submitAttempt(lesson, learnerId, attempt.id),
      ]);
      expect(submitted.status).toBe('submitted');
      const rows = await stored();
      if (saved.status === 'saved') expect(rows).toHaveLength(1);
      else expect({ status: saved.status, rows }).toEqual({ status: 'submitted', rows: [] });
      const score = await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
      expect(score.pointsEarned).toBe(saved.status === 'saved' ? 1 : 0);
    }
  });
});
