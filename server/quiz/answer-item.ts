import 'server-only';
import type { Locale } from 'next-intl';
import type { z } from 'zod';
import type { ActionErrorCode } from '@/lib/action-result';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { ItemFeedback } from '@/lib/quiz/public-item';
import type { SaveRequestSchema } from '@/lib/quiz/save-request';
import { openAttempt, saveAnswer, saveFitsLesson } from './attempts';
import { answerLabels } from './answer-labels';
import { toFeedback } from './answer-words';

/** A save as the quiz page sends it (lib/quiz/save-request.ts), with its lesson found; a null attemptId starts one. */
export type AnswerRequest = Omit<z.output<typeof SaveRequestSchema>, 'lessonSlug'> & { lesson: LoadedLesson };

export type AnswerOutcome =
  | { status: 'ok'; attemptId: string; itemId: string; checked: boolean; feedback?: ItemFeedback }
  | { status: 'error'; code: ActionErrorCode };

/**
 * Saves one answer and, when it was checked, returns its finished feedback in `locale`: the one path from a
 * learner's "Check" (with JavaScript or without) to the database and back. The answer key stays in here.
 */
export async function answerItem(learnerId: string, locale: Locale, request: AnswerRequest): Promise<AnswerOutcome> {
  const { lesson, quizId, itemId } = request;
  if (!saveFitsLesson(lesson, request)) return { status: 'error', code: 'invalid' };
  let attemptId = request.attemptId;
  if (attemptId === null) {
    const opened = await openAttempt(learnerId, lesson.slug, quizId, locale, request.optionSeed);
    if ('refused' in opened) return { status: 'error', code: opened.refused };
    attemptId = opened.attempt.id;
  }
  const result = await saveAnswer(lesson, { ...request, learnerId, attemptId });
  switch (result.status) {
    case 'stale':
      return { status: 'ok', attemptId, itemId, checked: false };
    case 'invalid':
    case 'not-found':
    case 'submitted':
    case 'not-open':
    case 'closed':
      return { status: 'error', code: result.status };
    default: {
      if (!result.grade) return { status: 'ok', attemptId, itemId, checked: result.checked };
      const labels = await answerLabels(locale);
      const feedback = toFeedback(lesson, result.item, result.grade, locale, labels, result.optionSeed);
      return { status: 'ok', attemptId, itemId, checked: result.checked, feedback };
    }
  }
}
