import type { AssignmentNotice } from '../assignments/window';
import type { QuizSupports } from '../supports/quiz-view';
import type { FeedbackMode } from './attempt-summary';
import type { ItemFeedback, PublicQuiz } from './public-item';

/** What a quiz page shows of the learner's attempt, whichever way it is served. */
export type QuizAttemptView = {
  /** Prompts and choices only, the options in this attempt's order. */
  quiz: PublicQuiz;
  /** The attempt's, or before it exists, the one the learner's class sets. */
  feedbackMode: FeedbackMode;
  answers: Record<string, { response: unknown; seq: number; checked: boolean }>;
  /** Feedback only for items the student has already checked. */
  feedback: Record<string, ItemFeedback>;
  /**
   * The order the options are shown in. The attempt's own; before the attempt exists, the one it will get, which the
   * page sends with the first save (a visitor without a session gets a random one).
   */
  optionSeed: number;
  /** Names this learner's unsent answers in the browser, so they are never sent under someone else's session. */
  queueOwner: string;
  /** The student's assignment of the lesson (opens, due, late, closed), or null: guests and unassigned lessons. */
  assignment: AssignmentNotice | null;
  /** What the student's support profile changes on this page (lib/supports/quiz-view.ts). */
  supports: QuizSupports;
};

/**
 * Everything on a quiz page that belongs to the learner, as `GET /api/{locale}/lessons/{slug}/quizzes/{quizId}/state`
 * sends it to the prerendered quiz page (components/quiz/PrerenderedQuiz.tsx), which has no order of options of its
 * own to show. The page rendered per request puts the same things in its HTML.
 */
export type QuizLearnerState =
  | ({ status: 'open'; attemptId: string | null } & QuizAttemptView)
  /** The attempt has been submitted: the page shows its results instead, as the page rendered per request does. */
  | { status: 'submitted'; resultsPath: string; queueOwner: string };

export function quizStatePath(locale: string, slug: string, quizId: string): string {
  return `/api/${locale}/lessons/${encodeURIComponent(slug)}/quizzes/${encodeURIComponent(quizId)}/state`;
}

export function quizResultsPath(locale: string, slug: string, quizId: string): string {
  return `/${locale}/lessons/${slug}/quiz/${quizId}/results`;
}
