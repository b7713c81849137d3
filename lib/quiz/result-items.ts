import type { QuizId } from '@/content/quiz-schema';
import type { AttemptSummary } from './attempt-summary';
import type { ShownOption } from './public-item';

// The results page of a submitted attempt, as server/quiz/quiz-results.ts builds it and components/quiz renders it.

export type ResultItem = {
  number: number;
  prompt: string;
  yourAnswer: string[];
  rightAnswer: string[];
  /** For choice items: every option in the order this attempt showed it, the chosen and right ones marked. */
  options?: ShownOption[];
  explanation: string;
  paragraphId: string;
  paragraphNumber: number;
  score: number;
  correct: boolean;
  /**
   * A written answer its teacher has not scored yet: no score, and neither the model answer nor the explanation
   * (`rightAnswer` is empty and `explanation` blank) until it is.
   */
  pending: boolean;
  /**
   * For a written answer: the sentences the student picked as evidence, the language they wrote in and, once the
   * teacher has returned it, the rubric level (its name and what it means) and the teacher's comment.
   */
  written?: {
    evidence: string[];
    language: 'en' | 'es';
    level?: { number: number; of: number; label: string; descriptor: string };
    comment?: string;
    /**
     * Revise and resubmit: 'requested' while the teacher asks for a revision (the answer shown is the draft, the
     * comment the one that asked), 'resubmitted' until the revision's level is returned. Either way the model answer
     * and the explanation stay hidden.
     */
    revision?: { state: 'requested' | 'resubmitted'; href: string };
    /** The versions before the current one, each with the level and comment it was returned with. */
    earlier: { version: number; text: string; language: 'en' | 'es'; level: string; comment: string }[];
  };
};

export type VoiceRow = {
  paragraphNumber: number;
  words: string;
  kind: 'quote' | 'paraphrase';
  speaker: string | null;
  organization: string;
};

export type QuizResults = {
  quizId: QuizId;
  title: string;
  /** The language the attempt was taken in: its questions and answers are shown in it, whatever the page's. */
  language: 'en' | 'es';
  attempt: AttemptSummary;
  items: ResultItem[];
  /** For the attribution quiz: every quotation and paraphrase in the article and who it belongs to. */
  whoSaidWhat: VoiceRow[] | null;
  /** Written answers waiting for their teacher: the score counts the other items until they are scored. */
  pendingCount: number;
  /** Whether the class allows another attempt. */
  canRetake: boolean;
};
