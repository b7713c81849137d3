import { describe, expect, it } from 'vitest';
import {
  countWords,
  easeBand,
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  readingMinutes,
  spanishSyllables,
  textStats,
} from './readability';

describe('englishSyllables', () => {
  it.each([
    ['the', 1],
    ['child', 1],
    ['detention', 3],
    ['refugee', 3],
    ['separated', 4],
    ['family', 3],
    ['sacrosanct', 3],
    ['policy', 3],
  ])('%s has %i', (word, syllables) => expect(englishSyllables(word)).toBe(syllables));
});

describe('spanishSyllables', () => {
  it.each([
    ['niño', 2],
    ['familia', 3], // fa-mi-lia: ia is a diphthong
    ['detención', 3],
    ['país', 2], // pa-ís: accented í breaks the diphthong
    ['política', 4],
    ['que', 1], // silent u
    ['guerra', 2],
    ['ley', 1],
    ['creer', 2], // cre-er: two strong vowels
    ['refugiados', 4], // re-fu-gia-dos
  ])('%s has %i', (word, syllables) => expect(spanishSyllables(word)).toBe(syllables));
});

describe('formulas', () => {
  it('counts words with apostrophes and abbreviations as one', () => {
    expect(countWords('The U.N. refugee agency’s spokesman said so.')).toBe(7);
  });

  it('computes the Flesch-Kincaid grade from hand-counted figures', () => {
    // 2 sentences, 20 words, 30 syllables: 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01
    expect(fleschKincaidGrade({ sentences: 2, words: 20, syllables: 30 })).toBeCloseTo(6.01, 2);
  });

  it('computes Fernández-Huerta from hand-counted figures', () => {
    // 2 sentences, 20 words, 40 syllables: 206.84 − 0.6 × 200 − 1.02 × 10 = 76.64
    expect(fernandezHuerta({ sentences: 2, words: 20, syllables: 40 })).toBeCloseTo(76.64, 2);
  });

  it('gives harder scores to longer sentences in both languages', () => {
    const short = textStats(['El niño come.', 'La niña lee.'], spanishSyllables);
    const long = textStats(
      ['El niño come y la niña lee mientras el perro duerme en la casa de la abuela.'],
      spanishSyllables,
    );
    expect(fernandezHuerta(long)).toBeLessThan(fernandezHuerta(short));
    const shortEn = textStats(['The boy eats.', 'The girl reads.'], englishSyllables);
    const longEn = textStats(
      ['The boy eats while the girl reads and the dog sleeps in the house of their grandmother.'],
      englishSyllables,
    );
    expect(fleschKincaidGrade(longEn)).toBeGreaterThan(fleschKincaidGrade(shortEn));
  });

  it('rounds reading time up to whole minutes, at least one', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(181)).toBe(2);
    expect(readingMinutes(540)).toBe(3);
  });

  it('names the ease bands', () => {
    expect(easeBand(95)).toBe('veryEasy');
    expect(easeBand(65)).toBe('standard');
    expect(easeBand(45)).toBe('hard');
    expect(easeBand(10)).toBe('veryHard');
  });
});
