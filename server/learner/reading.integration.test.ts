import { describe, expect, it } from 'vitest';
import { DEFAULT_READING_PREFERENCE } from '@/lib/reading-preferences';
import { createAnonymousLearner } from './learners';
import { getFurthestParagraph, getReadingPreference, recordReadingProgress, saveReadingPreference } from './reading';
import { setUpAppTestDatabase } from '../testing/setup-database';

const database = setUpAppTestDatabase();

describe('reading progress', () => {
  it('starts at zero and only moves forward, whatever order saves arrive in', async () => {
    const { learnerId } = await createAnonymousLearner();
    expect(await getFurthestParagraph(learnerId, 'zero-tolerance')).toBe(0);
    expect(await recordReadingProgress(learnerId, 'zero-tolerance', 4)).toBe(4);
    expect(await recordReadingProgress(learnerId, 'zero-tolerance', 2)).toBe(4);
    await Promise.all([5, 9, 7, 3].map((paragraph) => recordReadingProgress(learnerId, 'zero-tolerance', paragraph)));
    expect(await getFurthestParagraph(learnerId, 'zero-tolerance')).toBe(9);
    expect(await database.prisma.readingProgress.count({ where: { learnerId } })).toBe(1);
  });

  it('keeps lessons and learners apart', async () => {
    const a = await createAnonymousLearner();
    const b = await createAnonymousLearner();
    await recordReadingProgress(a.learnerId, 'zero-tolerance', 6);
    expect(await getFurthestParagraph(b.learnerId, 'zero-tolerance')).toBe(0);
    expect(await getFurthestParagraph(a.learnerId, 'another-lesson')).toBe(0);
  });
});

describe('reading preferences', () => {
  it('defaults, then remembers the latest choice', async () => {
    const { learnerId } = await createAnonymousLearner();
    expect(await getReadingPreference(learnerId)).toEqual(DEFAULT_READING_PREFERENCE);
    await saveReadingPreference(learnerId, { textSize: 'xlarge', lineSpacing: 'loose' });
    await saveReadingPreference(learnerId, { textSize: 'large', lineSpacing: 'loose' });
    expect(await getReadingPreference(learnerId)).toEqual({ textSize: 'large', lineSpacing: 'loose' });
  });

  it('falls back to the default for a value it no longer knows', async () => {
    const { learnerId } = await createAnonymousLearner();
    await database.prisma.readingPreference.create({ data: { learnerId, textSize: 'huge', lineSpacing: 'loose' } });
    expect(await getReadingPreference(learnerId)).toEqual(DEFAULT_READING_PREFERENCE);
  });
});
