import 'server-only';
import type { QuizItem } from '@/content/quiz-schema';
import type { ItemGrade } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { shuffledFor } from '@/lib/quiz/option-order';
import type { ItemFeedback, ShownOption } from '@/lib/quiz/public-item';
import {
  organizationName,
  paragraphNumber,
  paragraphOf,
  personName,
  sentenceQuote,
  type Language,
} from './lesson-text';

// An answered item in words: what the student answered, what was right, and the feedback. These read the answer key,
// so they run only once the item is checked or its attempt submitted (public-quiz.ts is what comes before).

/** Words the server needs to describe answers: "True", "Direct quotation"… in the reader's language. */
export type AnswerLabels = { true: string; false: string; kinds: Record<'quote' | 'paraphrase' | 'reporter', string> };

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
