import { describe, expect, it } from 'vitest';
import { FamiliarityFormSchema } from './familiarity-form';
import { FAMILIARITY_LEVELS, levelToScore, scoreToLevel } from './familiarity-levels';

describe('FamiliarityFormSchema', () => {
  it('accepts a known level for a well-formed slug', () => {
    expect(FamiliarityFormSchema.parse({ lessonSlug: 'zero-tolerance', level: 'some' })).toEqual({
      lessonSlug: 'zero-tolerance',
      level: 'some',
    });
  });

  it.each([
    [{ lessonSlug: 'zero-tolerance' }, 'level'],
    [{ lessonSlug: 'zero-tolerance', level: 'expert' }, 'level'],
    [{ lessonSlug: 'zero-tolerance', level: ['some'] }, 'level'],
    [{ lessonSlug: '../etc', level: 'some' }, 'lessonSlug'],
    [{ lessonSlug: 'x'.repeat(101), level: 'some' }, 'lessonSlug'],
  ])('rejects %j at %s', (input, field) => {
    const result = FamiliarityFormSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});

describe('level scores', () => {
  it('round-trips every level through its 1-4 score', () => {
    expect(FAMILIARITY_LEVELS.map(levelToScore)).toEqual([1, 2, 3, 4]);
    expect(FAMILIARITY_LEVELS.map((level) => scoreToLevel(levelToScore(level)))).toEqual([
      'new',
      'heard',
      'some',
      'lots',
    ]);
  });

  it('has no level for a score outside 1-4', () => {
    for (const score of [0, 5, -1, 1.5, Number.NaN]) expect(scoreToLevel(score), String(score)).toBeNull();
  });
});
