// Pure statistics for the teacher dashboard, from counts that SQL has already grouped (server/teacher/quiz-counts.ts).

/** Hardest first: lowest percent correct first; items nobody answered go last; ties keep the quiz's order. */
export function hardestFirst<T extends { position: number; percentCorrect: number | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.percentCorrect === null || b.percentCorrect === null) {
      return (a.percentCorrect === null ? 1 : 0) - (b.percentCorrect === null ? 1 : 0) || a.position - b.position;
    }
    return a.percentCorrect - b.percentCorrect || a.position - b.position;
  });
}

export type MatrixRow = { id: string; label: string; rightColumn: string };
export type MatrixCell = { column: string; count: number; right: boolean };
export type Matrix = {
  columns: { id: string; label: string }[];
  rows: { id: string; label: string; answered: number; cells: MatrixCell[] }[];
};

/**
 * A confusion matrix: for each row (a quotation), how many students picked each column (a speaker or an
 * organization). `counts` maps "row id → column id → students"; the right column of each row is marked.
 */
export function confusionMatrix(
  rows: readonly MatrixRow[],
  columns: readonly { id: string; label: string }[],
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Matrix {
  return {
    columns: [...columns],
    rows: rows.map((row) => {
      const cells = columns.map((column) => ({
        column: column.id,
        count: counts.get(row.id)?.get(column.id) ?? 0,
        right: column.id === row.rightColumn,
      }));
      return { id: row.id, label: row.label, answered: cells.reduce((sum, cell) => sum + cell.count, 0), cells };
    }),
  };
}

export type CommonMistake = { rowLabel: string; chosen: string; right: string; count: number; answered: number };

/**
 * The most common wrong cell across matrices (the first matrix wins ties, so pass the speaker matrix first), or null
 * when nobody made a mistake.
 */
export function mostCommonMistake(matrices: readonly Matrix[]): CommonMistake | null {
  let best: CommonMistake | null = null;
  for (const matrix of matrices) {
    const label = (id: string) => matrix.columns.find((column) => column.id === id)?.label ?? id;
    for (const row of matrix.rows) {
      const right = row.cells.find((cell) => cell.right);
      for (const cell of row.cells) {
        if (cell.right || cell.count === 0 || (best && cell.count <= best.count)) continue;
        best = {
          rowLabel: row.label,
          chosen: label(cell.column),
          right: right ? label(right.column) : '',
          count: cell.count,
          answered: row.answered,
        };
      }
    }
  }
  return best;
}

/** Labels for score histogram bins of equal width: "0–9 %", …, "90–100 %". */
export function binLabels(bins: number): string[] {
  const width = 100 / bins;
  return Array.from(
    { length: bins },
    (_, index) => `${index * width}–${index === bins - 1 ? 100 : (index + 1) * width - 1}%`,
  );
}
