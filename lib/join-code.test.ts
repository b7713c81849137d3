import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, isWellFormedCode, normalizeCode, randomCode } from './join-code';

describe('codes', () => {
  it('never uses look-alike characters', () => {
    for (const character of '0O1IL') expect(CODE_ALPHABET).not.toContain(character);
    const codes = Array.from({ length: 500 }, () => randomCode(6));
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(495);
  });

  it('accepts what students type, in any case and with spaces or dashes', () => {
    expect(normalizeCode(' ab3-xy9 ')).toBe('AB3XY9');
    expect(isWellFormedCode(normalizeCode('ab3 xy9'), 6)).toBe(true);
    expect(isWellFormedCode('AB3XY0', 6)).toBe(false);
    expect(isWellFormedCode('AB3XY', 6)).toBe(false);
  });
});
