import type { PostAction } from '@/lib/action-result';
import type { SaveAnswer, SubmitAttempt } from '@/lib/quiz/save-request';

/** The quiz page's Server Actions, handed down by the page (app/[locale]/lessons/[slug]/quiz/[quizId]/actions.ts). */
export type QuizActions = {
  /** With JavaScript: the save queue sends every answer here. */
  saveAnswer: SaveAnswer;
  submitAttempt: SubmitAttempt;
  /** Without JavaScript: the item's and the review's forms post here. */
  answerItemForm: PostAction;
  submitAttemptForm: PostAction;
};
