/** A whole-number percentage, or null when there is nothing to divide by. Every score and share the app shows uses it. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}
