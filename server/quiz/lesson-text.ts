import 'server-only';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { PublicQuote } from '@/lib/quiz/public-item';

// The lesson's text as the quiz pages name it: paragraph numbers, quotations (marked when shown in translation), and
// the names of people and organizations. No answer key is read here.

export type Language = 'en' | 'es';

/** 1-based place of a paragraph in the article, for "paragraph 3" links. */
export function paragraphNumber(lesson: LoadedLesson, paragraphId: string): number {
  return lesson.article.paragraphs.findIndex((paragraph) => paragraph.id === paragraphId) + 1;
}

/** The paragraph a sentence id belongs to ("p3s2" → "p3"). */
export const paragraphOf = (sentenceId: string) => sentenceId.split('s')[0]!;

type Sentence = LoadedLesson['article']['paragraphs'][number]['sentences'][number];

// Every quiz state a student's page loads names its evidence choices by sentence: a lookup, not a walk of the article.
const sentenceIndexes = new WeakMap<LoadedLesson, Map<string, { sentence: Sentence; place: number }>>();

function sentenceIndex(lesson: LoadedLesson) {
  let index = sentenceIndexes.get(lesson);
  if (!index) {
    const sentences = lesson.article.paragraphs.flatMap((paragraph) => paragraph.sentences);
    index = new Map(sentences.map((sentence, place) => [sentence.id, { sentence, place }]));
    sentenceIndexes.set(lesson, index);
  }
  return index;
}

/** Where in the article a sentence comes, for keeping evidence choices in reading order; -1 when it is not there. */
export function sentencePlace(lesson: LoadedLesson, sentenceId: string): number {
  return sentenceIndex(lesson).get(sentenceId)?.place ?? -1;
}

export const findSentence = (lesson: LoadedLesson, sentenceId: string): Sentence | undefined =>
  sentenceIndex(lesson).get(sentenceId)?.sentence;

/** `{ translatedQuote: true }` when a sentence is a source's quotation and `language` is not the article's own. */
function translationMark(lesson: LoadedLesson, sentenceId: string, language: Language): { translatedQuote?: true } {
  const translated =
    language !== lesson.meta.originalLanguage && findSentence(lesson, sentenceId)?.voice.kind === 'quote';
  return translated ? { translatedQuote: true } : {};
}

/** Words quoted from a sentence; `markTranslation: false` where the mark would reveal the answer (classification). */
export function quoteOf(
  lesson: LoadedLesson,
  quote: { sentenceId: string; text: { en: string; es: string } },
  language: Language,
  markTranslation = true,
): PublicQuote {
  return {
    sentenceId: quote.sentenceId,
    paragraphNumber: paragraphNumber(lesson, paragraphOf(quote.sentenceId)),
    text: quote.text[language],
    ...(markTranslation ? translationMark(lesson, quote.sentenceId, language) : {}),
  };
}

export function sentenceQuote(lesson: LoadedLesson, sentenceId: string, language: Language): PublicQuote {
  return {
    sentenceId,
    paragraphNumber: paragraphNumber(lesson, paragraphOf(sentenceId)),
    text: findSentence(lesson, sentenceId)?.[language] ?? '',
    ...translationMark(lesson, sentenceId, language),
  };
}

export function personName(lesson: LoadedLesson, id: string | undefined): string {
  return lesson.voices.people.find((person) => person.id === id)?.name ?? '';
}

export function organizationName(lesson: LoadedLesson, id: string | undefined, language: Language): string {
  const organization = lesson.voices.organizations.find((candidate) => candidate.id === id);
  return organization ? organization.label[language] : '';
}
