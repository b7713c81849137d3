/** The roster's sortable columns, as they appear in `?sort=`. */
export const ROSTER_COLUMNS = [
  'name',
  'status',
  'reading',
  'comprehension',
  'attribution',
  'language',
  'activity',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

type Sortable = {
  displayName: string;
  status: string;
  readingPercent: number;
  scores: Partial<Record<'comprehension' | 'attribution', number | null>>;
  language: string | null;
  lastActivity: Date | null;
};

const STATUS_ORDER = ['not-started', 'reading', 'quiz-in-progress', 'between-quizzes', 'submitted'];

/** Reads `?sort=` and `?dir=`; anything else means by name, A to Z. */
export function parseRosterSort(sort: unknown, dir: unknown): { column: RosterColumn; direction: SortDirection } {
  const column = ROSTER_COLUMNS.find((candidate) => candidate === sort) ?? 'name';
  return { column, direction: dir === 'desc' ? 'desc' : 'asc' };
}

/** Sorts students by a column; missing values (no score, no activity) always go last. */
export function sortRoster<T extends Sortable>(
  rows: T[],
  column: RosterColumn,
  direction: SortDirection,
  locale: string,
): T[] {
  const value = (row: T): string | number | null => {
    switch (column) {
      case 'name':
        return row.displayName;
      case 'status':
        return STATUS_ORDER.indexOf(row.status);
      case 'reading':
        return row.readingPercent;
      case 'comprehension':
      case 'attribution':
        return row.scores[column] ?? null;
      case 'language':
        return row.language;
      case 'activity':
        return row.lastActivity?.getTime() ?? null;
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null)
      return x === y ? a.displayName.localeCompare(b.displayName, locale) : x === null ? 1 : -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), locale, { sensitivity: 'base' });
    return order !== 0 ? sign * order : a.displayName.localeCompare(b.displayName, locale);
  });
}
