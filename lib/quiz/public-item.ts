import type { QuizId, QuizItemType } from '@/content/quiz-schema';
import type { MatchingError } from '@/lib/grading/grade-item';

// What the browser receives about a quiz: prompts and choices in one language, never keys or explanations.

/**
 * Words from the article. `translatedQuote` marks a source's quotation shown in translation (every quotation in the
 * Spanish version), as the reading page does; it is left off classification rows, where it would give the answer away.
 */
export type PublicQuote = { sentenceId: string; paragraphNumber: number; text: string; translatedQuote?: true };

type PublicBase = { id: string; prompt: string; quote?: PublicQuote };

export type PublicItem =
  | (PublicBase & { type: 'single' | 'multiple'; options: { id: string; text: string }[] })
  | (PublicBase & { type: 'truefalse' })
  | (PublicBase & { type: 'evidence'; choices: PublicQuote[] })
  | (PublicBase & {
      type: 'matching';
      fields: ('speaker' | 'organization')[];
      rows: { id: string; quote?: PublicQuote; person?: string }[];
      speakers: { id: string; name: string }[];
      organizations: { id: string; name: string }[];
    })
  | (PublicBase & { type: 'classification'; rows: { id: string; quote: PublicQuote }[] })
  /** A written answer: the sentences the evidence picker offers, in reading order. No rubric or model answer. */
  | (PublicBase & { type: 'written'; choices: PublicQuote[] });

export type PublicQuiz = { id: QuizId; lessonSlug: string; title: string; intro: string; items: PublicItem[] };

/** The result of one item, sent only after the student has answered it. */
export type ItemFeedback = {
  itemId: string;
  score: number;
  correct: boolean;
  explanation: string;
  paragraphId: string;
  paragraphNumber: number;
  /** The right answer, in words. */
  correctAnswer: string[];
  /** The right option ids (single, multiple) or sentence ids (evidence), so the form can mark them. */
  correctOptionIds?: string[];
  /** Matching and classification rows, each with the paragraph its own evidence is in. */
  rows?: {
    rowId: string;
    correct: boolean;
    error?: MatchingError | 'wrong-kind' | 'missing';
    expected: string;
    paragraphId: string;
    paragraphNumber: number;
  }[];
};

/** One option of a choice item as an attempt showed it, once answered: for results and the teacher's drill-down. */
export type ShownOption = { text: string; chosen: boolean; correct: boolean };

export type ItemTypeName = QuizItemType;
