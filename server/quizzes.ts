import 'server-only';
import type { QuizId, QuizItem } from '@/content/quiz-schema';
import type { ItemGrade } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import type { ItemFeedback, PublicItem, PublicQuiz, PublicQuote } from '@/lib/quiz/public-item';
import { getLesson, type LoadedLesson } from './lessons';

type Language = 'en' | 'es';

/** Words the server needs to describe answers: "True", "Direct quotation"… in the reader's language. */
export type AnswerLabels = { true: string; false: string; kinds: Record<'quote' | 'paraphrase' | 'reporter', string> };

/** A lesson's quiz with its answer keys. Server only. */
export function getQuizContent(slug: string, quizId: string): { lesson: LoadedLesson; quiz: LoadedLesson['quizzes'][number] } | null {
  const lesson = getLesson(slug);
  const quiz = lesson?.quizzes.find((candidate) => candidate.id === quizId);
  return lesson && quiz ? { lesson, quiz } : null;
}

/** 1-based place of a paragraph in the article, for "paragraph 3" links. */
export function paragraphNumber(lesson: LoadedLesson, paragraphId: string): number {
  return lesson.article.paragraphs.findIndex((paragraph) => paragraph.id === paragraphId) + 1;
}

function quoteOf(lesson: LoadedLesson, quote: { sentenceId: string; text: { en: string; es: string } }, language: Language): PublicQuote {
  return { sentenceId: quote.sentenceId, paragraphNumber: paragraphNumber(lesson, quote.sentenceId.split('s')[0]!), text: quote.text[language] };
}

export function sentenceQuote(lesson: LoadedLesson, sentenceId: string, language: Language): PublicQuote {
  const sentence = lesson.article.paragraphs.flatMap((paragraph) => paragraph.sentences).find((candidate) => candidate.id === sentenceId);
  return { sentenceId, paragraphNumber: paragraphNumber(lesson, sentenceId.split('s')[0]!), text: sentence?.[language] ?? '' };
}

export function personName(lesson: LoadedLesson, id: string | undefined): string {
  return lesson.voices.people.find((person) => person.id === id)?.name ?? '';
}

export function organizationName(lesson: LoadedLesson, id: string | undefined, language: Language): string {
  const organization = lesson.voices.organizations.find((candidate) => candidate.id === id);
  return organization ? `${organization.name[language]} (${organization.acronym[language]})` : '';
}

/** An item as the browser may see it: no correct flags, no misconceptions, no explanation. */
export function toPublicItem(lesson: LoadedLesson, item: QuizItem, language: Language): PublicItem {
  const base = { id: item.id, prompt: item.prompt[language], ...(item.quote ? { quote: quoteOf(lesson, item.quote, language) } : {}) };
  switch (item.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: item.type, options: item.options.map((option) => ({ id: option.id, text: option.text[language] })) };
    case 'truefalse':
      return { ...base, type: 'truefalse' };
    case 'evidence':
      return { ...base, type: 'evidence', choices: item.choices.map((choice) => sentenceQuote(lesson, choice.sentenceId, language)) };
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
        speakers: lesson.voices.people.map((person) => ({ id: person.id, name: person.name })),
        organizations: lesson.voices.organizations.map((organization) => ({
          id: organization.id,
          name: organizationName(lesson, organization.id, language),
        })),
      };
    case 'classification':
      return { ...base, type: 'classification', rows: item.rows.map((row) => ({ id: row.id, quote: quoteOf(lesson, row.quote, language) })) };
  }
}

/** The quiz for the browser. */
export function toPublicQuiz(lesson: LoadedLesson, quizId: QuizId, language: Language): PublicQuiz | null {
  const quiz = lesson.quizzes.find((candidate) => candidate.id === quizId);
  if (!quiz) return null;
  return {
    id: quiz.id,
    lessonSlug: lesson.slug,
    title: quiz.title[language],
    intro: quiz.intro[language],
    items: quiz.items.map((item) => toPublicItem(lesson, item, language)),
  };
}

/** The right answer of an item, in words. */
export function describeCorrectAnswer(lesson: LoadedLesson, item: QuizItem, language: Language, labels: AnswerLabels): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.filter((option) => option.correct).map((option) => option.text[language]);
    case 'truefalse':
      return [item.answer ? labels.true : labels.false];
    case 'evidence':
      return item.answer.map((id) => sentenceQuote(lesson, id, language).text);
    case 'matching':
      return item.rows.map((row) => describeMatchingRow(lesson, item, row, row.answer, language));
    case 'classification':
      return item.rows.map((row) => `“${row.quote.text[language]}”: ${labels.kinds[row.answer]}`);
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
  const parts = item.fields.map((field) => (field === 'speaker' ? personName(lesson, answer.speaker) : organizationName(lesson, answer.organization, language)));
  return `${subject}: ${parts.filter(Boolean).join(', ') || '—'}`;
}

/** What the student answered, in words (for the results page). */
export function describeResponse(lesson: LoadedLesson, item: QuizItem, response: ItemResponse | null, language: Language, labels: AnswerLabels): string[] {
  if (!response) return [];
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const chosen = 'optionId' in response ? [response.optionId] : 'optionIds' in response ? response.optionIds : [];
      return item.options.filter((option) => chosen.includes(option.id)).map((option) => option.text[language]);
    }
    case 'truefalse':
      return 'value' in response ? [response.value ? labels.true : labels.false] : [];
    case 'evidence':
      return 'sentenceId' in response ? [sentenceQuote(lesson, response.sentenceId, language).text] : [];
    case 'matching': {
      const rows = 'rows' in response ? (response.rows as Record<string, { speaker?: string; organization?: string }>) : {};
      return item.rows.filter((row) => rows[row.id]).map((row) => describeMatchingRow(lesson, item, row, rows[row.id]!, language));
    }
    case 'classification': {
      const rows = 'rows' in response ? (response.rows as Record<string, 'quote' | 'paraphrase' | 'reporter'>) : {};
      return item.rows.filter((row) => rows[row.id]).map((row) => `“${row.quote.text[language]}”: ${labels.kinds[rows[row.id]!]}`);
    }
  }
}

/** The feedback for an answered item: its grade, explanation and right answer. */
export function toFeedback(lesson: LoadedLesson, item: QuizItem, grade: ItemGrade, language: Language, labels: AnswerLabels): ItemFeedback {
  const rows =
    item.type === 'matching'
      ? grade.rows?.map((row) => {
          const content = item.rows.find((candidate) => candidate.id === row.rowId)!;
          return { ...row, expected: describeMatchingRow(lesson, item, content, content.answer, language) };
        })
      : item.type === 'classification'
        ? grade.rows?.map((row) => {
            const content = item.rows.find((candidate) => candidate.id === row.rowId)!;
            return { ...row, expected: labels.kinds[content.answer] };
          })
        : undefined;
  return {
    itemId: item.id,
    score: grade.score,
    correct: grade.correct,
    explanation: item.explanation[language],
    paragraphId: item.paragraph,
    paragraphNumber: paragraphNumber(lesson, item.paragraph),
    correctAnswer: describeCorrectAnswer(lesson, item, language, labels),
    ...(item.type === 'single' || item.type === 'multiple'
      ? { correctOptionIds: item.options.filter((option) => option.correct).map((option) => option.id) }
      : item.type === 'evidence'
        ? { correctOptionIds: item.answer }
        : {}),
    ...(rows ? { rows: rows.map(({ rowId, correct, error, expected }) => ({ rowId, correct, ...(error ? { error } : {}), expected })) } : {}),
  };
}
