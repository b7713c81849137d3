import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from './csv';

describe('neutralizeCell', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '\uFEFF=1+1', ' =1+1', '\u200B\u00A0@x', '\u3000+1'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );
  it('leaves ordinary text and numbers alone', () => {
    expect(neutralizeCell('José = winner')).toBe('José = winner');
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(null)).toBeNull();
  });
});

describe('toCsv', () => {
  it('writes a BOM, quotes what needs quoting, and ends lines with CRLF', () => {
    const csv = toCsv(
      ['name', 'score'],
      [
        ['Añá, "la" jefa', 75],
        ['=HYPERLINK("x")', null],
        ['Bo', true],
      ],
    );
    expect(csv).toBe('\uFEFFname,score\r\n"Añá, ""la"" jefa",75\r\n"\'=HYPERLINK(""x"")",\r\nBo,true\r\n');
  });
});
