// Markdown tables for the benchmark's output, ready to paste into bench/README.md.

/** One table: `align` has an 'r' for each right-aligned (numeric) column. */
export function markdownTable(header: string[], align: string, rows: (string | number)[][]): string {
  const rule = header.map((_, index) => (align[index] === 'r' ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Bytes as KiB with one decimal. */
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
