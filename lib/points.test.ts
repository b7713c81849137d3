import { describe, expect, it } from 'vitest';
import { formatPoints } from './points';

describe('formatPoints', () => {
  it('shows whole points without decimals', () => {
    expect(formatPoints(14, 'en')).toBe('14');
    expect(formatPoints(0, 'es')).toBe('0');
    expect(formatPoints(11.96, 'en')).toBe('12');
  });

  it('shows a fraction with one decimal, in the language’s own way', () => {
    expect(formatPoints(4.15, 'en')).toBe('4.2');
    expect(formatPoints(4.15, 'es')).toBe('4,2');
    expect(formatPoints(12.333, 'en')).toBe('12.3');
    expect(formatPoints(0.667, 'es')).toBe('0,7');
    expect(formatPoints(2.5, 'en')).toBe('2.5');
  });

  it('never shows more than one decimal, nor a minus sign for a rounded zero', () => {
    for (const value of [0.04, 1 / 3, 2 / 3, 7.125, 13.999, 4.05])
      expect(formatPoints(value, 'en')).toMatch(/^\d+(\.\d)?$/);
    expect(formatPoints(-0.01, 'en')).toBe('0');
  });
});
