import 'server-only';
import { SENTENCE_REFERENCE } from '@/content/quiz-schema';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { sentenceQuote } from './lesson-text';

/** How many of a sentence's words stand for it in a rubric: enough to find it, short enough to read past. */
const OPENING_WORDS = 8;

/**
 * A rubric level or a calibration note with its sentence references ({p2s1}, content/quiz-schema.ts) written out as
 * the sentence's opening words and its paragraph: “The UNHCR calls this separation of family arbitrary and…”
 * (Paragraph 2). `paragraphTag` is the page's "Paragraph {number}" in the reader's language.
 */
export function withSentenceReferences(
  lesson: LoadedLesson,
  text: string,
  language: 'en' | 'es',
  paragraphTag: (number: number) => string,
): string {
  return text.replace(SENTENCE_REFERENCE, (_match, sentenceId: string) => {
    const quote = sentenceQuote(lesson, sentenceId, language);
    const words = quote.text.replace(/^[“"«]/, '').split(/\s+/);
    const opening = words
      .slice(0, OPENING_WORDS)
      .join(' ')
      .replace(/[\s.,;:”"»]+$/, '');
    return `“${opening}${words.length > OPENING_WORDS ? '…' : ''}” (${paragraphTag(quote.paragraphNumber)})`;
  });
}
