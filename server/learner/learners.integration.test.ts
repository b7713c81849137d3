import { describe, expect, it } from 'vitest';
import { levelToScore } from '@/lib/familiarity-levels';
import { db } from '../db/client';
import { saveFamiliarity } from './familiarity';
import { createAnonymousLearner, findLearnerIdByToken } from '../auth/learner-sessions';
import { hashToken } from '../auth/tokens';
import { setUpAppTestDatabase } from '../testing/setup-database';

// The code under test reaches this database through db().
setUpAppTestDatabase();

describe('anonymous learners', () => {
  it('finds a learner by its token while storing only the token hash', async () => {
    const { learnerId, token } = await createAnonymousLearner();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await findLearnerIdByToken(token)).toBe(learnerId);
    const sessions = await db().prisma.learnerSession.findMany({ where: { learnerId }, select: { tokenHash: true } });
    expect(sessions).toEqual([{ tokenHash: hashToken(token) }]);
    expect(sessions[0]?.tokenHash).not.toContain(token);
  });

  it('gives every visitor a different token', async () => {
    const a = await createAnonymousLearner();
    const b = await createAnonymousLearner();
    expect(a.token).not.toBe(b.token);
    expect(a.learnerId).not.toBe(b.learnerId);
  });

  it.each([undefined, '', 'short', `${'A'.repeat(42)}!`, 'B'.repeat(43)])(
    'finds nobody for token %j',
    async (token) => {
      expect(await findLearnerIdByToken(token)).toBeNull();
    },
  );
});

/** The stored familiarity score of a learner for the lesson, or null. */
async function storedFamiliarity(learnerId: string): Promise<number | null> {
  const row = await db().prisma.topicFamiliarity.findUnique({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug: 'zero-tolerance' } },
  });
  return row?.level ?? null;
}

describe('topic familiarity', () => {
  it('is empty until saved, then keeps only the latest answer', async () => {
    const { learnerId } = await createAnonymousLearner();
    expect(await storedFamiliarity(learnerId)).toBeNull();
    await saveFamiliarity(learnerId, 'zero-tolerance', 'heard');
    await saveFamiliarity(learnerId, 'zero-tolerance', 'lots');
    expect(await storedFamiliarity(learnerId)).toBe(levelToScore('lots'));
    expect(await db().prisma.topicFamiliarity.count({ where: { learnerId } })).toBe(1);
  });

  it('keeps learners apart', async () => {
    const first = await createAnonymousLearner();
    const second = await createAnonymousLearner();
    await saveFamiliarity(first.learnerId, 'zero-tolerance', 'new');
    expect(await storedFamiliarity(second.learnerId)).toBeNull();
  });
});
