import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { getOrStartAttempt, saveAnswer } from './attempts';
import { answerRefusal, type StoredAnswer } from './save-rule';

// The save rule is written once for the statement that writes (SQL) and once for explaining a refusal (TypeScript),
// side by side in save-rule.ts. Every combination of a stored answer and a save goes through the real save: the
// statement must write exactly when the TypeScript rule lets the save through, and the reply must name the refusal.

const database = setUpAppTestDatabase();
const lesson = getLesson('zero-tolerance')!;
const ITEM = 'c-midterms'; // a true/false item of the comprehension quiz

const STORED_SEQ = 3;
type Case = { stored: 'none' | 'draft' | 'checked'; sameSaveId: boolean; seq: number; check: boolean };
const cases: Case[] = (['none', 'draft', 'checked'] as const).flatMap((stored) =>
  [false, true].flatMap((sameSaveId) =>
    [STORED_SEQ - 1, STORED_SEQ, STORED_SEQ + 1].flatMap((seq) =>
      [false, true].map((check) => ({ stored, sameSaveId, seq, check })),
    ),
  ),
);

describe('the save rule', () => {
  it.each(cases.filter((one) => one.stored !== 'none' || !one.sameSaveId))(
    'the statement and the rule agree: stored $stored, same save $sameSaveId, seq $seq, check $check',
    async ({ stored, sameSaveId, seq, check }) => {
      const { learnerId } = await createAnonymousLearner();
      const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
      const storedSaveId = randomUUID();
      let before: StoredAnswer | null = null;
      if (stored !== 'none') {
        const checkedAt = stored === 'checked' ? new Date() : null;
        before = await database.prisma.quizAnswer.create({
          data: {
            attemptId: attempt.id,
            itemId: ITEM,
            response: { value: false },
            saveId: storedSaveId,
            seq: STORED_SEQ,
            checkedAt,
          },
          select: { saveId: true, seq: true, checkedAt: true },
        });
      }
      const save = { saveId: sameSaveId ? storedSaveId : randomUUID(), seq, force: check };
      const refusal = answerRefusal(before, save);

      const result = await saveAnswer(lesson, {
        learnerId,
        attemptId: attempt.id,
        itemId: ITEM,
        response: { value: true },
        saveId: save.saveId,
        seq,
        check,
      });

      expect(result.status).toBe(refusal ?? 'saved');
      const after = await database.prisma.quizAnswer.findUniqueOrThrow({
        where: { attemptId_itemId: { attemptId: attempt.id, itemId: ITEM } },
      });
      expect(after.saveId === save.saveId && (after.response as { value: boolean }).value).toBe(refusal === null);
    },
  );

  it('covers each refusal and the saves it lets through', () => {
    const statuses = new Set(
      cases.map(({ stored, sameSaveId, seq, check }) =>
        answerRefusal(
          stored === 'none'
            ? null
            : { saveId: 'stored', seq: STORED_SEQ, checkedAt: stored === 'checked' ? new Date() : null },
          { saveId: sameSaveId ? 'stored' : 'new', seq, force: check },
        ),
      ),
    );
    expect(statuses).toEqual(new Set([null, 'duplicate', 'already-checked', 'stale']));
  });
});
