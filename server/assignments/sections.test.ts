import { describe, expect, it } from 'vitest';
import { revealedSectionCount } from './sections';

const lesson = {
  guided: {
    sections: [
      { id: 's1', through: 'p2', checkpoints: ['a1', 'a2'] },
      { id: 's2', through: 'p5', checkpoints: ['b1'] },
      { id: 's3', through: 'p8', checkpoints: ['c1', 'c2'] },
      { id: 's4', through: 'p10', checkpoints: [] },
    ],
  },
};
const guided = (answered: string[]) => revealedSectionCount(lesson, 'guided', { answeredItemIds: answered });

describe('revealedSectionCount', () => {
  it('shows every section when the pacing is open', () => {
    expect(revealedSectionCount(lesson, 'open', { answeredItemIds: [] })).toBe(4);
  });

  it('guided: shows the first section before any answer, and one more per section whose checkpoints are all answered', () => {
    expect(guided([])).toBe(1);
    expect(guided(['a1'])).toBe(1);
    expect(guided(['a1', 'a2'])).toBe(2);
    expect(guided(['a1', 'a2', 'b1'])).toBe(3);
    expect(guided(['a1', 'a2', 'b1', 'c1', 'c2'])).toBe(4);
  });

  it('guided: an answer to a later checkpoint reveals nothing while an earlier one is open', () => {
    expect(guided(['b1', 'c1', 'c2'])).toBe(1);
    expect(guided(['a1', 'a2', 'c1', 'c2'])).toBe(2);
  });

  it('guided: a last section without checkpoints is shown with the one before it; unknown answers change nothing', () => {
    const short = { guided: { sections: [lesson.guided.sections[0]!, { id: 's2', through: 'p10', checkpoints: [] }] } };
    expect(revealedSectionCount(short, 'guided', { answeredItemIds: ['a1', 'a2', 'zz'] })).toBe(2);
    expect(revealedSectionCount(short, 'guided', { answeredItemIds: new Set(['zz']) })).toBe(1);
  });

  it('teacher: up to the opened section, at least the first and at most all', () => {
    expect(revealedSectionCount(lesson, 'teacher', { answeredItemIds: [], openedSection: 1 })).toBe(2);
    expect(revealedSectionCount(lesson, 'teacher', { answeredItemIds: ['a1', 'a2', 'b1'], openedSection: 0 })).toBe(1);
    expect(revealedSectionCount(lesson, 'teacher', { answeredItemIds: [], openedSection: -1 })).toBe(1);
    expect(revealedSectionCount(lesson, 'teacher', { answeredItemIds: [], openedSection: 9 })).toBe(4);
  });

  it('a lesson without sections is one section, whatever the pacing', () => {
    for (const pacing of ['open', 'guided', 'teacher'] as const)
      expect(revealedSectionCount({ guided: null }, pacing, { answeredItemIds: [] })).toBe(1);
  });
});
