import 'server-only';
import type { QuizId, QuizItem } from '@/content/quiz-schema';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { displayOrder } from '@/lib/quiz/option-order';
import type { PublicItem, PublicQuiz } from '@/lib/quiz/public-item';
import { organizationName, personName, quoteOf, sentencePlace, sentenceQuote, type Language } from './lesson-text';

// The quiz as the browser may see it before an item is answered: prompts and choices, never a key (answer-words.ts
// has what is shown once an item is answered).

/**
 * An item as the browser may see it, its options in this attempt's order (`seed`, see lib/quiz/option-order.ts):
 * no correct flags, no misconceptions, no explanation.
 */
export function toPublicItem(lesson: LoadedLesson, item: QuizItem, language: Language, seed: number): PublicItem {
  const base = {
    id: item.id,
    prompt: item.prompt[language],
    ...(item.quote ? { quote: quoteOf(lesson, item.quote, language) } : {}),
  };
  const order = displayOrder(item, lesson.voices, seed);
  switch (item.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: item.type,
        options: order.options.map((option) => ({ id: option.id, text: option.text[language] })),
      };
    case 'truefalse':
      return { ...base, type: 'truefalse' };
    case 'evidence':
    case 'written': {
      const choices = [...item.choices].sort(
        (a, b) => sentencePlace(lesson, a.sentenceId) - sentencePlace(lesson, b.sentenceId),
      );
      return {
        ...base,
        type: item.type,
        choices: choices.map((choice) => sentenceQuote(lesson, choice.sentenceId, language)),
      };
    }
    case 'matching':
      return {
        ...base,
        type: 'matching',
        fields: item.fields,
        rows: item.rows.map((row) => ({
          id: row.id,
          ...(row.quote ? { quote: quoteOf(lesson, row.quote, language) } : {}),
          ...(row.person ? { person: personName(lesson, row.person) } : {}),
        })),
        speakers: order.people.map((person) => ({ id: person.id, name: person.name })),
        organizations: order.organizations.map((organization) => ({
          id: organization.id,
          name: organizationName(lesson, organization.id, language),
        })),
      };
    case 'classification':
      return {
        ...base,
        type: 'classification',
        rows: item.rows.map((row) => ({ id: row.id, quote: quoteOf(lesson, row.quote, language, false) })),
      };
  }
}

/** The quiz for the browser, every item's options in the order of the attempt seeded with `seed`. */
export function toPublicQuiz(
  lesson: LoadedLesson,
  quizId: QuizId,
  language: Language,
  seed: number,
): PublicQuiz | null {
  const quiz = lesson.quizzes.find((candidate) => candidate.id === quizId);
  if (!quiz) return null;
  return {
    id: quiz.id,
    lessonSlug: lesson.slug,
    title: quiz.title[language],
    intro: quiz.intro[language],
    items: quiz.items.map((item) => toPublicItem(lesson, item, language, seed)),
  };
}
