import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';

/** Every leaf key as a dotted path, e.g. `Familiarity.levels.new`. */
function leafKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leafValues(messages: object): unknown[] {
  return Object.values(messages).flatMap((value) =>
    value !== null && typeof value === 'object' ? leafValues(value) : [value],
  );
}

/** The ICU arguments in a message, e.g. `{outlet}` or `{count, plural, …}` (not the words inside plural branches). */
const placeholders = (text: string) => [...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]).sort();

describe('messages', () => {
  it('English and Spanish have exactly the same keys', () => {
    expect(leafKeys(es).sort()).toEqual(leafKeys(en).sort());
  });

  it('has no empty message in either language', () => {
    for (const value of [...leafValues(en), ...leafValues(es)]) {
      expect(
        typeof value === 'string' && value.trim().length > 0,
        `empty or non-string message: ${String(value)}`,
      ).toBe(true);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const get = (messages: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of leafKeys(en)) {
      expect(placeholders(get(es, key)), key).toEqual(placeholders(get(en, key)));
    }
  });
});
