import type { FormAction, PostAction } from '@/lib/action-result';
import type { QuizTools } from '@/lib/supports/quiz-view';
import type { SubmitAttempt } from '@/lib/quiz/save-request';

/**
 * The quiz page's Server Actions, handed down by the page (app/[locale]/lessons/[slug]/quiz/[quizId]/actions.ts).
 * With JavaScript, answers go to a JSON endpoint instead (lib/quiz/post-answer.ts).
 */
export type QuizActions = {
  submitAttempt: SubmitAttempt;
  /** Without JavaScript: the item's and the review's forms post here. */
  answerItemForm: PostAction;
  submitAttemptForm: PostAction;
  /** The offered supports the student turns on themselves ("Your tools"), with JavaScript and without. */
  chooseTools: FormAction<{ tools: QuizTools }>;
};
