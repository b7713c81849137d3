import { getFormatter } from 'next-intl/server';

/** Formats a 0-100 value as a percentage in the reader's convention: "75%" in English, "75 %" in Spanish. */
export async function percentFormatter() {
  const format = await getFormatter();
  return (value: number) => format.number(value / 100, { style: 'percent' });
}
