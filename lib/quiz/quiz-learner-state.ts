import type { FeedbackMode } from './attempt-summary';
import type { ItemFeedback, PublicQuiz } from './public-item';

/**
 * Everything on a quiz page that belongs to the learner, as `GET /api/{locale}/lessons/{slug}/quizzes/{quizId}/state`
 * sends it to the prerendered quiz page (components/quiz/PrerenderedQuiz.tsx). The page rendered per request puts
 * the same things in its HTML (app/[locale]/lessons/[slug]/quiz/[quizId]/page.tsx).
 */
export type QuizLearnerState =
  | {
      status: 'open';
      /** In this learner's order of options: the prerendered page has no order of its own to show. */
      quiz: PublicQuiz;
      attemptId: string | null;
      feedbackMode: FeedbackMode;
      answers: Record<string, { response: unknown; seq: number; checked: boolean }>;
      /** Only for the items the learner has checked. */
      feedback: Record<string, ItemFeedback>;
      optionSeed: number;
      queueOwner: string;
    }
  /** The attempt has been submitted: the page shows its results instead, as the page rendered per request does. */
  | { status: 'submitted'; resultsPath: string };

export function quizStatePath(locale: string, slug: string, quizId: string): string {
  return `/api/${locale}/lessons/${encodeURIComponent(slug)}/quizzes/${encodeURIComponent(quizId)}/state`;
}

export function quizResultsPath(locale: string, slug: string, quizId: string): string {
  return `/${locale}/lessons/${slug}/quiz/${quizId}/results`;
}
