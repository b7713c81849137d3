import { describe, expect, it } from 'vitest';
import { countSections } from './pace-counts';

const paragraphs = ['p1', 'p2', 'p3', 'p4', 'p5'];
const sections = [
  { id: 's1', through: 'p2', checkpoints: ['k-a', 'k-b'] },
  { id: 's2', through: 'p4', checkpoints: ['k-c'] },
  { id: 's3', through: 'p5', checkpoints: [] },
];

describe('countSections', () => {
  it('counts a student as reaching a checkpoint by reading to it or answering one of its questions', () => {
    const [first, second] = countSections(sections, paragraphs, [
      { furthestParagraph: 2, answered: [] }, // read to the checkpoint, answered nothing
      { furthestParagraph: 1, answered: ['k-a'] }, // answered one of two
      { furthestParagraph: null, answered: [] }, // not there yet
    ]);
    expect(first).toMatchObject({ reached: 2, finished: 0 });
    expect(second).toMatchObject({ reached: 0, finished: 0 });
  });

  it('counts a section finished once every question is answered, and one without questions once reached', () => {
    const counts = countSections(sections, paragraphs, [
      { furthestParagraph: 5, answered: ['k-a', 'k-b', 'k-c'] },
      { furthestParagraph: 4, answered: ['k-b', 'k-a'] },
    ]);
    expect(counts.map(({ reached, finished }) => [reached, finished])).toEqual([
      [2, 2],
      [2, 1],
      [1, 1],
    ]);
  });

  it('names where each section starts and ends', () => {
    expect(countSections(sections, paragraphs, []).map(({ from, through }) => `${from}-${through}`)).toEqual([
      'p1-p2',
      'p3-p4',
      'p5-p5',
    ]);
  });
});
