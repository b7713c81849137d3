import { describe, expect, it } from 'vitest';
import { DisplayNameSchema } from './account-rules';
import { lookAlike, nameSkeleton } from './name-skeleton';
import { cleanName } from './names';

describe('student names', () => {
  it('treats a look-alike in another script as the classmate’s name', () => {
    const cyrillicA = '\u0410na';
    expect(cyrillicA).not.toBe('Ana');
    expect(lookAlike(['Ben', 'Ana'], cyrillicA)).toBe('Ana');
    expect(lookAlike(['Ana'], 'ANA')).toBe('Ana');
    expect(lookAlike(['Ana'], 'A\u200Bna')).toBe('Ana');
    expect(lookAlike(['Ana'], 'Ａｎａ')).toBe('Ana');
    expect(nameSkeleton('J0se')).toBe(nameSkeleton('Jose'));
  });

  it('keeps names that only differ as names do', () => {
    expect(lookAlike(['Ana'], 'Ana R.')).toBeUndefined();
    expect(lookAlike(['José'], 'Jose')).toBeUndefined();
    expect(lookAlike(['Ana'], 'Anna')).toBeUndefined();
  });

  it('refuses a name that shows nothing, and cleans what shows nothing out of others', () => {
    for (const blank of ['\u3164', '\u2800', '\u115F\u1160', '\u200B\u200E', '\uFEFF', '...', ' - '])
      expect(DisplayNameSchema.safeParse(blank).success, JSON.stringify(blank)).toBe(false);
    expect(DisplayNameSchema.parse('Ana\u3164')).toBe('Ana');
    expect(DisplayNameSchema.parse('\u2800Leo')).toBe('Leo');
    expect(cleanName('Ana\u200D\u2060 María')).toBe('Ana María');
    expect(DisplayNameSchema.parse('ｌｅｏ')).toBe('leo');
    expect(DisplayNameSchema.parse('José')).toBe('José');
  });
});
