import { describe, expect, it } from 'vitest';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { recordReadingProgress, saveReadingPreference } from './reading';
import { setUpAppTestDatabase } from '../testing/setup-database';

const database = setUpAppTestDatabase();

/** What is stored for a learner and a lesson: the furthest paragraph, 0 when nothing is. */
async function furthest(learnerId: string, lessonSlug: string): Promise<number> {
  const row = await database.prisma.readingProgress.findUnique({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
  });
  return row?.furthestParagraph ?? 0;
}

describe('reading progress', () => {
  it('starts at zero and only moves forward, whatever order saves arrive in', async () => {
    const { learnerId } = await createAnonymousLearner();
    expect(await furthest(learnerId, 'zero-tolerance')).toBe(0);
    expect(await recordReadingProgress(learnerId, 'zero-tolerance', 4)).toBe(4);
    expect(await recordReadingProgress(learnerId, 'zero-tolerance', 2)).toBe(4);
    await Promise.all([5, 9, 7, 3].map((paragraph) => recordReadingProgress(learnerId, 'zero-tolerance', paragraph)));
    expect(await furthest(learnerId, 'zero-tolerance')).toBe(9);
    expect(await database.prisma.readingProgress.count({ where: { learnerId } })).toBe(1);
  });

  it('keeps lessons and learners apart', async () => {
    const a = await createAnonymousLearner();
    const b = await createAnonymousLearner();
    await recordReadingProgress(a.learnerId, 'zero-tolerance', 6);
    expect(await furthest(b.learnerId, 'zero-tolerance')).toBe(0);
    expect(await furthest(a.learnerId, 'another-lesson')).toBe(0);
  });
});

describe('reading preferences', () => {
  it('keeps one row per learner, with the latest choice', async () => {
    const { learnerId } = await createAnonymousLearner();
    await saveReadingPreference(learnerId, { textSize: 'xlarge', lineSpacing: 'loose' });
    await saveReadingPreference(learnerId, { textSize: 'large', lineSpacing: 'loose' });
    expect(
      await database.prisma.readingPreference.findMany({
        where: { learnerId },
        select: { textSize: true, lineSpacing: true },
      }),
    ).toEqual([{ textSize: 'large', lineSpacing: 'loose' }]);
  });
});
