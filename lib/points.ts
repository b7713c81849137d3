/**
 * Points as a student or teacher reads them: a whole number, or one decimal when the score is a fraction ("12",
 * "4.2", "4,2" in Spanish). Every score in points that a page shows goes through it; stored points keep their three
 * decimals.
 */
export function formatPoints(value: number, locale: string): string {
  const tenths = Math.round(value * 10) / 10;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Object.is(tenths, -0) ? 0 : tenths);
}
