'use server';

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CHECKPOINT_QUIZ_ID } from '@/content/quiz-schema';
import { responseFromForm } from '@/lib/quiz/form-response';
import { MAX_ORDER_SEED } from '@/lib/quiz/option-order';
import { learnerPostAction } from '@/server/action-kit';
import { KnownLessonSchema } from '@/server/lessons';
import { answerItem } from '@/server/quiz/answer-item';

/** A checkpoint's form: the lesson, the learner's checkpoint attempt (none before the first answer) and the item. */
const CheckpointFormSchema = z.object({
  lessonSlug: KnownLessonSchema,
  attemptId: z.string().max(40).optional(),
  itemId: z.string().max(60),
  itemType: z.enum(['single', 'multiple', 'truefalse', 'evidence', 'matching', 'classification']),
  optionSeed: z.coerce.number().int().min(0).max(MAX_ORDER_SEED).optional(),
});

/**
 * Answers a checkpoint question of guided reading, through the quiz's own answer path (checked at once, filed under
 * the learner's checkpoint attempt), then shows the guided page again at that question: with the next section below
 * it once the section's checkpoints are all answered. Without JavaScript too.
 */
export const answerCheckpointFormAction = learnerPostAction(
  { schema: CheckpointFormSchema, invalidHref: '/' },
  async ({ lessonSlug: lesson, attemptId, itemId, itemType, optionSeed }, context) => {
    const page = `/lessons/${lesson.slug}/guided`;
    const outcome = await answerItem(context.learnerId, context.locale, {
      lesson,
      quizId: CHECKPOINT_QUIZ_ID,
      attemptId: attemptId || null,
      itemId,
      response: responseFromForm(itemType, context.formData),
      saveId: randomUUID(),
      seq: 0,
      check: true,
      optionSeed,
    });
    // Back at the question (its id is the form's anchor): its feedback, or why it was refused, then what comes next.
    // The query names the answer, so that the address changes: a browser running scripts would otherwise take a
    // redirect that differs only by its #anchor for a scroll, and show the page as it was.
    const query = new URLSearchParams(
      outcome.status === 'error' ? { error: outcome.code, item: itemId } : { answered: itemId },
    );
    return context.redirectTo(`${page}?${query}#${itemId}`);
  },
);
