import { describe, expect, it } from 'vitest';
import { parseRosterSort, sortRoster } from './roster-sort';

const row = (displayName: string, extra: Partial<Parameters<typeof sortRoster>[0][number]> = {}) => ({
  displayName,
  status: 'not-started',
  readingPercent: 0,
  scores: {},
  language: null,
  lastActivity: null,
  ...extra,
});

const rows = [
  row('Zoë', {
    status: 'submitted',
    readingPercent: 100,
    scores: { comprehension: 50 },
    language: 'es',
    lastActivity: new Date('2026-11-28T10:00:00Z'),
  }),
  row('ana', { status: 'reading', readingPercent: 40, language: 'en', lastActivity: new Date('2026-11-28T11:00:00Z') }),
  row('Ángel', { status: 'quiz-in-progress', readingPercent: 100, scores: { comprehension: 90 } }),
  row('Bo'),
];

const names = (sorted: { displayName: string }[]) => sorted.map((entry) => entry.displayName);

describe('roster sorting', () => {
  it('sorts names the way the language does, ignoring case and accents', () => {
    expect(names(sortRoster(rows, 'name', 'asc', 'es'))).toEqual(['ana', 'Ángel', 'Bo', 'Zoë']);
    expect(names(sortRoster(rows, 'name', 'desc', 'es'))).toEqual(['Zoë', 'Bo', 'Ángel', 'ana']);
  });

  it('sorts status by how far along students are', () => {
    expect(names(sortRoster(rows, 'status', 'desc', 'en'))).toEqual(['Zoë', 'Ángel', 'ana', 'Bo']);
  });

  it('puts missing scores and activity last in both directions', () => {
    expect(names(sortRoster(rows, 'comprehension', 'desc', 'en'))).toEqual(['Ángel', 'Zoë', 'ana', 'Bo']);
    expect(names(sortRoster(rows, 'comprehension', 'asc', 'en'))).toEqual(['Zoë', 'Ángel', 'ana', 'Bo']);
    expect(names(sortRoster(rows, 'activity', 'desc', 'en'))).toEqual(['ana', 'Zoë', 'Ángel', 'Bo']);
  });

  it('reads only known columns and directions', () => {
    expect(parseRosterSort('reading', 'desc')).toEqual({ column: 'reading', direction: 'desc' });
    expect(parseRosterSort('DROP TABLE', 'sideways')).toEqual({ column: 'name', direction: 'asc' });
  });
});
