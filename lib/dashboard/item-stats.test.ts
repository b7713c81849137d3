import { describe, expect, it } from 'vitest';
import { binLabels, confusionMatrix, hardestFirst, mostCommonMistake } from './item-stats';
import { percent } from '../percent';

describe('percent', () => {
  it('rounds to whole numbers and has no value without a denominator', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 5)).toBe(0);
    expect(percent(0, 0)).toBeNull();
  });
});

describe('hardestFirst', () => {
  it('orders by percent correct, keeps quiz order on ties, and puts unanswered items last', () => {
    const items = [
      { position: 1, percentCorrect: 80 },
      { position: 2, percentCorrect: null },
      { position: 3, percentCorrect: 20 },
      { position: 4, percentCorrect: 80 },
      { position: 5, percentCorrect: 0 },
    ];
    expect(hardestFirst(items).map((item) => item.position)).toEqual([5, 3, 1, 4, 2]);
  });
});

const speakers = [
  { id: 'shamdasani', label: 'Ravina Shamdasani' },
  { id: 'spindler', label: 'William Spindler' },
  { id: 'sessions', label: 'Jeff Sessions' },
];

describe('confusionMatrix and mostCommonMistake', () => {
  const rows = [
    { id: 'q1', label: '“never detained”', rightColumn: 'shamdasani' },
    { id: 'q2', label: '“last resort”', rightColumn: 'spindler' },
  ];
  const counts = new Map([
    [
      'q1',
      new Map([
        ['shamdasani', 5],
        ['spindler', 3],
        ['sessions', 1],
      ]),
    ],
    [
      'q2',
      new Map([
        ['shamdasani', 4],
        ['spindler', 6],
      ]),
    ],
  ]);

  it('counts each cell, marks the right one and totals each row', () => {
    const matrix = confusionMatrix(rows, speakers, counts);
    expect(matrix.rows[0]).toEqual({
      id: 'q1',
      label: '“never detained”',
      answered: 9,
      cells: [
        { column: 'shamdasani', count: 5, right: true },
        { column: 'spindler', count: 3, right: false },
        { column: 'sessions', count: 1, right: false },
      ],
    });
    expect(matrix.rows[1]!.cells.map((cell) => [cell.count, cell.right])).toEqual([
      [4, false],
      [6, true],
      [0, false],
    ]);
  });

  it('finds the most common wrong attribution', () => {
    expect(mostCommonMistake([confusionMatrix(rows, speakers, counts)])).toEqual({
      rowLabel: '“last resort”',
      chosen: 'Ravina Shamdasani',
      right: 'William Spindler',
      count: 4,
      answered: 10,
    });
  });

  it('lets the first matrix win a tie and finds nothing when everyone was right', () => {
    const organizations = confusionMatrix(
      [{ id: 'q1', label: 'x', rightColumn: 'a' }],
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      new Map([['q1', new Map([['b', 4]])]]),
    );
    expect(mostCommonMistake([confusionMatrix(rows, speakers, counts), organizations])?.chosen).toBe(
      'Ravina Shamdasani',
    );
    const allRight = confusionMatrix(rows, speakers, new Map([['q1', new Map([['shamdasani', 2]])]]));
    expect(mostCommonMistake([allRight])).toBeNull();
  });
});

describe('binLabels', () => {
  it('labels ten equal bins, the last one closed at 100', () => {
    const labels = binLabels(10);
    expect(labels).toHaveLength(10);
    expect(labels[0]).toBe('0–9%');
    expect(labels[9]).toBe('90–100%');
  });
});
