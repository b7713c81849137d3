import { z } from 'zod';
import { AnswerQuizIdSchema, type QuizId } from '@/content/quiz-schema';
import type { ActionReply } from '@/lib/action-result';
import { MAX_ORDER_SEED } from './option-order';
import type { ItemFeedback } from './public-item';

/** One answer as the quiz page's save queue sends it (autosave, or a "Check"). */
export const SaveRequestSchema = z.object({
  lessonSlug: z.string().max(100),
  /** A quiz's, or guided reading's checkpoints (app/[locale]/lessons/[slug]/guided). */
  quizId: AnswerQuizIdSchema,
  attemptId: z.string().max(40).nullable(),
  itemId: z.string().max(60),
  response: z.unknown(),
  saveId: z.string().max(40),
  seq: z.number().int().min(0).max(1_000_000),
  check: z.boolean(),
  /** The option order the page showed, for the attempt this save may start (see server/quiz/quiz-page.ts). */
  optionSeed: z.number().int().min(0).max(MAX_ORDER_SEED).optional(),
});

export type SaveRequest = z.input<typeof SaveRequestSchema>;

/** A save the server stored: the attempt it went to, whether it was checked and, if so, its feedback. */
export type SaveReceipt = {
  attemptId: string;
  itemId: string;
  checked: boolean;
  feedback?: ItemFeedback;
  /** Whose browser queue the save belongs to (see server/auth/learner-session.ts `queueOwnerOf`). */
  queueOwner: string;
};
export type SaveReply = ActionReply<SaveReceipt>;

/** A submitted attempt: where its results are. */
export type SubmittedAttempt = { resultsPath: string };
export type SubmitReply = ActionReply<SubmittedAttempt>;

/** The page's call to save an answer, as the quiz components receive it. */
export type SaveAnswer = (request: SaveRequest) => Promise<SaveReply>;
/** The page's call to submit an attempt. */
export type SubmitAttempt = (request: {
  lessonSlug: string;
  quizId: QuizId;
  attemptId: string;
}) => Promise<SubmitReply>;
