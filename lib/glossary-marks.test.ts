import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/content/lesson-schema';
import { findTerm } from '@/content/find-term';
import { markGlossaryTerms } from './glossary-marks';

const entry = (id: string, en: string, es: string): GlossaryEntry => ({
  id,
  term: { en, es },
  definition: { en: `${en}.`, es: `${es}.` },
});
const glossary = [
  entry('detention', 'detention', 'detención'),
  entry('immigration-detention', 'immigration detention', 'detención migratoria'),
  entry('asylum', 'asylum', 'asilo'),
];

describe('findTerm', () => {
  it('matches whole words, ignoring case', () => {
    expect(findTerm('Detention is never…', 'detention')).toBe(0);
    expect(findTerm('the detentions', 'detention')).toBe(-1);
    expect(findTerm('el derecho de asilo.', 'asilo')).toBe(14);
    expect(findTerm('la detención', 'detencion')).toBe(-1);
  });
});

describe('markGlossaryTerms', () => {
  it('marks each term once, preferring the longer overlapping term, and keeps the text intact', () => {
    const marked = new Set<string>();
    const first = markGlossaryTerms('The use of immigration detention and asylum.', glossary, 'en', marked);
    expect(first.map((segment) => segment.text).join('')).toBe('The use of immigration detention and asylum.');
    expect(first.filter((segment) => segment.entry).map((segment) => segment.entry!.id)).toEqual([
      'immigration-detention',
      'asylum',
    ]);
    const second = markGlossaryTerms('Detention and asylum again.', glossary, 'en', marked);
    expect(second.filter((segment) => segment.entry).map((segment) => segment.entry!.id)).toEqual(['detention']);
  });

  it('marks the Spanish terms in Spanish text', () => {
    const segments = markGlossaryTerms('El derecho a solicitar asilo.', glossary, 'es', new Set());
    expect(segments).toEqual([
      { text: 'El derecho a solicitar ' },
      { text: 'asilo', entry: glossary[2] },
      { text: '.' },
    ]);
  });
});
