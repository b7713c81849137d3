import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); a leading apostrophe
// makes it text, which is what OWASP recommends.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes one cell safe to open in Excel, LibreOffice or Google Sheets. */
export function neutralizeCell(value: CsvCell): CsvCell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
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
