import { describe, expect, it } from 'vitest';
import { parseRoster, ROSTER_MAX_NAMES } from './roster-paste';

describe('parseRoster', () => {
  it('takes one name a line, skips blank lines, tidies spaces and keeps a repeated name once', () => {
    expect(parseRoster('Ana\r\n\n  Ben   Ruiz \n\t\nana\nCarla\rBen Ruiz\n')).toEqual({
      ok: true,
      names: ['Ana', 'Ben Ruiz', 'Carla'],
      repeated: ['ana', 'Ben Ruiz'],
    });
  });

  it('refuses the whole paste when a line is a name no join would accept, and says which lines', () => {
    expect(parseRoster(`Ana\n${'x'.repeat(61)}\nBen\n\u0000\u0007`)).toEqual({
      ok: false,
      error: 'invalid',
      lines: [2, 4],
    });
  });

  it('refuses a paste with no names, and one with too many', () => {
    expect(parseRoster(' \n\n')).toEqual({ ok: false, error: 'empty' });
    const many = Array.from({ length: ROSTER_MAX_NAMES + 1 }, (_, index) => `Student ${index}`).join('\n');
    expect(parseRoster(many)).toEqual({ ok: false, error: 'too-many' });
    expect(parseRoster(many.split('\n').slice(1).join('\n'))).toMatchObject({ ok: true });
  });
});
