/** Readability figures computed from the lesson text itself, never typed in. */

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** English syllables by the usual vowel-group heuristic (silent final e, -ed except after t or d, -es). */
export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

const STRONG = new Set([...'aeoáéóíú']);
const VOWELS = new Set([...'aeiouáéíóúü']);

/**
 * Spanish syllables: one per vowel nucleus. Weak vowels (i, u, ü) join a neighbour in a diphthong; two strong
 * vowels (a, e, o, or an accented í/ú) are in hiatus and count twice. The u of que/qui/gue/gui is silent.
 */
export function spanishSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/([qg])u(?=[eéií])/g, '$1')
    .replace(/y$/, 'i');
  let count = 0;
  let previousVowel: string | null = null;
  for (const letter of w) {
    if (!VOWELS.has(letter)) {
      previousVowel = null;
      continue;
    }
    if (previousVowel === null || (STRONG.has(previousVowel) && STRONG.has(letter))) count += 1;
    previousVowel = letter;
  }
  return Math.max(w.length > 0 ? 1 : 0, count);
}

export type TextStats = { sentences: number; words: number; syllables: number };

export function textStats(sentences: string[], syllables: (word: string) => number): TextStats {
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  return {
    sentences: sentences.length,
    words: words.length,
    syllables: words.reduce((sum, word) => sum + syllables(word), 0),
  };
}

/** Flesch-Kincaid grade level: the U.S. school grade that can read the text. */
export function fleschKincaidGrade({ sentences, words, syllables }: TextStats): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Fernández-Huerta ease for Spanish, 0 (very hard) to 100 (very easy), in the corrected form (Law, 2011):
 * 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence.
 */
export function fernandezHuerta({ sentences, words, syllables }: TextStats): number {
  return 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * (words / sentences);
}

/** Minutes a student needs at a steady school reading pace (about 180 words a minute), at least one. */
export function readingMinutes(words: number, wordsPerMinute = 180): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

export type SpanishEaseBand = 'veryEasy' | 'easy' | 'fairlyEasy' | 'standard' | 'fairlyHard' | 'hard' | 'veryHard';

/** The usual bands of Flesch-style ease scores. */
export function easeBand(score: number): SpanishEaseBand {
  if (score >= 90) return 'veryEasy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairlyEasy';
  if (score >= 60) return 'standard';
  if (score >= 50) return 'fairlyHard';
  if (score >= 30) return 'hard';
  return 'veryHard';
}
