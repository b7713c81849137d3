import { stringify } from 'csv-stringify/sync';
import { LEADING_INVISIBLE_OR_SPACE } from './plain-text';

export type CsvCell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"), and some trim leading
// spaces and invisible characters first; a leading apostrophe makes the cell text, which is what OWASP recommends.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes one cell safe to open in Excel, LibreOffice or Google Sheets. */
export function neutralizeCell(value: CsvCell): CsvCell {
  if (typeof value !== 'string') return value;
  const visible = value.replace(LEADING_INVISIBLE_OR_SPACE, '');
  return FORMULA_START.test(value) || FORMULA_START.test(visible) ? `'${value}` : value;
}

/** A CSV file: UTF-8 with a byte-order mark (so Excel reads accents), CRLF line ends, formula cells neutralized. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    [header, ...rows].map((row) => row.map(neutralizeCell)),
    {
      bom: true,
      record_delimiter: 'windows',
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    },
  );
}
