import 'server-only';
import type { QuizId, QuizItem } from '@/content/quiz-schema';
import type { ItemGrade } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { displayOrder, shuffledFor } from '@/lib/quiz/option-order';
import type { ItemFeedback, PublicItem, PublicQuiz, PublicQuote, ShownOption } from '@/lib/quiz/public-item';

type Language = 'en' | 'es';

/** Words the server needs to describe answers: "True", "Direct quotation"… in the reader's language. */
export type AnswerLabels = { true: string; false: string; kinds: Record<'quote' | 'paraphrase' | 'reporter', string> };

/** 1-based place of a paragraph in the article, for "paragraph 3" links. */
export function paragraphNumber(lesson: LoadedLesson, paragraphId: string): number {
  return lesson.article.paragraphs.findIndex((paragraph) => paragraph.id === paragraphId) + 1;
}

/** The paragraph a sentence id belongs to ("p3s2" → "p3"). */
const paragraphOf = (sentenceId: string) => sentenceId.split('s')[0]!;

/** Where in the article a sentence comes, for keeping evidence choices in reading order. */
function sentencePlace(lesson: LoadedLesson, sentenceId: string): number {
  return lesson.article.paragraphs
    .flatMap((paragraph) => paragraph.sentences)
    .findIndex((sentence) => sentence.id === sentenceId);
}

const findSentence = (lesson: LoadedLesson, sentenceId: string) =>
  lesson.article.paragraphs
    .flatMap((paragraph) => paragraph.sentences)
    .find((candidate) => candidate.id === sentenceId);

/** `{ translatedQuote: true }` when a sentence is a source's quotation and `language` is not the article's own. */
function translationMark(lesson: LoadedLesson, sentenceId: string, language: Language): { translatedQuote?: true } {
  const translated =
    language !== lesson.meta.originalLanguage && findSentence(lesson, sentenceId)?.voice.kind === 'quote';
  return translated ? { translatedQuote: true } : {};
}

/** Words quoted from a sentence; `markTranslation: false` where the mark would reveal the answer (classification). */
function quoteOf(
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

/** The ids a single or multiple-select response chose. */
function chosenOptionIds(response: ItemResponse | null): string[] {
  if (!response) return [];
  return 'optionId' in response ? [response.optionId] : 'optionIds' in response ? (response.optionIds ?? []) : [];
}

/**
 * A choice item's options as the attempt showed them, with what was chosen and what was right: for the results page
 * and the teacher's view of a student's answers, after the item was answered. Undefined for other item types.
 */
export function shownOptions(
  item: QuizItem,
  response: ItemResponse | null,
  seed: number,
  language: Language,
): ShownOption[] | undefined {
  if (item.type !== 'single' && item.type !== 'multiple') return undefined;
  const chosen = chosenOptionIds(response);
  return shuffledFor(item.options, seed, item.id).map((option) => ({
    text: option.text[language],
    chosen: chosen.includes(option.id),
    correct: option.correct,
  }));
}

/** The right answer of an item, in words (options in the order of the attempt seeded with `seed`). */
export function describeCorrectAnswer(
  lesson: LoadedLesson,
  item: QuizItem,
  language: Language,
  labels: AnswerLabels,
  seed: number,
): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return shuffledFor(item.options, seed, item.id)
        .filter((option) => option.correct)
        .map((option) => option.text[language]);
    case 'truefalse':
      return [item.answer ? labels.true : labels.false];
    case 'evidence':
      return item.answer.map((id) => sentenceQuote(lesson, id, language).text);
    case 'matching':
      return item.rows.map((row) => describeMatchingRow(lesson, item, row, row.answer, language));
    case 'classification':
      return item.rows.map((row) => `“${row.quote.text[language]}”: ${labels.kinds[row.answer]}`);
    case 'written':
      return [item.modelAnswer[language]];
  }
}

type MatchingRow = Extract<QuizItem, { type: 'matching' }>['rows'][number];

function describeMatchingRow(
  lesson: LoadedLesson,
  item: Extract<QuizItem, { type: 'matching' }>,
  row: MatchingRow,
  answer: { speaker?: string; organization?: string },
  language: Language,
): string {
  const subject = row.quote ? `“${row.quote.text[language]}”` : personName(lesson, row.person);
  const parts = item.fields.map((field) =>
    field === 'speaker' ? personName(lesson, answer.speaker) : organizationName(lesson, answer.organization, language),
  );
  return `${subject}: ${parts.filter(Boolean).join(', ') || '—'}`;
}

/** What the student answered, in words (options in the order of the attempt seeded with `seed`). */
export function describeResponse(
  lesson: LoadedLesson,
  item: QuizItem,
  response: ItemResponse | null,
  language: Language,
  labels: AnswerLabels,
  seed: number,
): string[] {
  if (!response) return [];
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const chosen = chosenOptionIds(response);
      return shuffledFor(item.options, seed, item.id)
        .filter((option) => chosen.includes(option.id))
        .map((option) => option.text[language]);
    }
    case 'truefalse':
      return 'value' in response ? [response.value ? labels.true : labels.false] : [];
    case 'evidence':
      return 'sentenceId' in response ? [sentenceQuote(lesson, response.sentenceId, language).text] : [];
    case 'matching': {
      const rows =
        'rows' in response ? (response.rows as Record<string, { speaker?: string; organization?: string }>) : {};
      return item.rows
        .filter((row) => rows[row.id])
        .map((row) => describeMatchingRow(lesson, item, row, rows[row.id]!, language));
    }
    case 'classification': {
      const rows = 'rows' in response ? (response.rows as Record<string, 'quote' | 'paraphrase' | 'reporter'>) : {};
      return item.rows
        .filter((row) => rows[row.id])
        .map((row) => `“${row.quote.text[language]}”: ${labels.kinds[rows[row.id]!]}`);
    }
    case 'written':
      return 'text' in response && response.text.trim() !== '' ? [response.text] : [];
  }
}

/** The paragraph a matching or classification row comes from: its quotation's, or the one it names for a person. */
function rowParagraph(item: QuizItem, rowId: string): string {
  if (item.type === 'matching') {
    const row = item.rows.find((candidate) => candidate.id === rowId);
    return row?.quote ? paragraphOf(row.quote.sentenceId) : (row?.paragraph ?? item.paragraph);
  }
  if (item.type === 'classification') {
    const row = item.rows.find((candidate) => candidate.id === rowId);
    return row ? paragraphOf(row.quote.sentenceId) : item.paragraph;
  }
  return item.paragraph;
}

/** The feedback for an answered item: its grade, explanation and right answer, each row citing its own paragraph. */
export function toFeedback(
  lesson: LoadedLesson,
  item: QuizItem,
  grade: ItemGrade,
  language: Language,
  labels: AnswerLabels,
  seed: number,
): ItemFeedback {
  const expected = (rowId: string): string => {
    if (item.type === 'matching') {
      const content = item.rows.find((candidate) => candidate.id === rowId)!;
      return describeMatchingRow(lesson, item, content, content.answer, language);
    }
    if (item.type === 'classification')
      return labels.kinds[item.rows.find((candidate) => candidate.id === rowId)!.answer];
    return '';
  };
  const rows = item.type === 'matching' || item.type === 'classification' ? grade.rows : undefined;
  return {
    itemId: item.id,
    score: grade.score,
    correct: grade.correct,
    explanation: item.explanation[language],
    paragraphId: item.paragraph,
    paragraphNumber: paragraphNumber(lesson, item.paragraph),
    correctAnswer: describeCorrectAnswer(lesson, item, language, labels, seed),
    ...(item.type === 'single' || item.type === 'multiple'
      ? { correctOptionIds: item.options.filter((option) => option.correct).map((option) => option.id) }
      : item.type === 'evidence'
        ? { correctOptionIds: item.answer }
        : {}),
    ...(rows
      ? {
          rows: rows.map(({ rowId, correct, error }) => {
            const paragraphId = rowParagraph(item, rowId);
            return {
              rowId,
              correct,
              ...(error ? { error } : {}),
              expected: expected(rowId),
              paragraphId,
              paragraphNumber: paragraphNumber(lesson, paragraphId),
            };
          }),
        }
      : {}),
  };
}
