'use server';

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { QuizIdSchema } from '@/content/quiz-schema';
import { responseFromForm } from '@/lib/quiz/form-response';
import { MAX_ORDER_SEED } from '@/lib/quiz/option-order';
import type { SubmittedAttempt } from '@/lib/quiz/save-request';
import { STUDENT_CHOICES } from '@/lib/supports/choices';
import { quizTools, type QuizTools } from '@/lib/supports/quiz-view';
import { learnerAction, learnerCall, learnerPostAction } from '@/server/action-kit';
import { answerItem } from '@/server/quiz/answer-item';
import { saveAnswer, startRetake, submitAttempt } from '@/server/quiz/attempts';
import { resubmitRevision } from '@/server/quiz/revisions';
import { KnownLessonSchema } from '@/server/lessons';
import { chooseSupports } from '@/server/supports/profiles';

/** A quiz's own form fields; the answer's fields depend on the item and are read by lib/quiz/form-response.ts. */
const QuizFormSchema = z.object({ lessonSlug: KnownLessonSchema, quizId: QuizIdSchema });
const ItemFormSchema = QuizFormSchema.extend({
  attemptId: z.string().max(40).optional(),
  itemId: z.string().max(60),
  itemType: z.enum(['single', 'multiple', 'truefalse', 'evidence', 'matching', 'classification', 'written']),
  position: z.coerce.number().int().min(1).max(100),
  optionSeed: z.coerce.number().int().min(0).max(MAX_ORDER_SEED).optional(),
});

/** The same save without JavaScript: the item's form posts here, then the page shows its feedback. */
export const answerItemFormAction = learnerPostAction(
  { schema: ItemFormSchema, invalidHref: '/' },
  async ({ lessonSlug: lesson, quizId, attemptId, itemId, itemType, position, optionSeed }, context) => {
    const outcome = await answerItem(context.learnerId, context.locale, {
      lesson,
      quizId,
      attemptId: attemptId ?? null,
      itemId,
      response: responseFromForm(itemType, context.formData),
      saveId: randomUUID(),
      seq: 0,
      check: true,
      optionSeed,
    });
    const error = outcome.status === 'error' ? { error: outcome.code } : {};
    return context.redirectTo({
      pathname: `/lessons/${lesson.slug}/quiz/${quizId}`,
      query: { q: String(position), ...error },
    });
  },
);

// A form without an attempt (nothing answered yet) is sent back to the quiz with the message, like an unknown attempt.
const SubmitSchema = QuizFormSchema.extend({ attemptId: z.string().max(40).default('') });
const resultsPath = (slug: string, quizId: string) => `/lessons/${slug}/quiz/${quizId}/results`;

/** Submits the attempt; a repeated submit returns the same stored result. */
export const submitAttemptAction = learnerCall<typeof SubmitSchema, SubmittedAttempt>(
  { schema: SubmitSchema, invalidMessage: 'Quiz.errors.notFound', serverMessage: 'Quiz.errors.server' },
  async ({ lessonSlug: lesson, quizId, attemptId }, { learnerId, t }) => {
    const result = await submitAttempt(lesson, learnerId, attemptId);
    if (result.status === 'not-found')
      return { status: 'error', code: 'not-found', message: t('Quiz.errors.notFound') };
    if (result.status === 'not-open') return { status: 'error', code: 'not-open', message: t('Quiz.errors.notOpen') };
    if (result.status === 'closed') return { status: 'error', code: 'closed', message: t('Quiz.errors.closed') };
    return { status: 'ok', resultsPath: resultsPath(lesson.slug, quizId) };
  },
);

/** Submitting without JavaScript. */
export const submitAttemptFormAction = learnerPostAction(
  { schema: SubmitSchema, invalidHref: '/' },
  async ({ lessonSlug: lesson, quizId, attemptId }, { learnerId, redirectTo }) => {
    const result = await submitAttempt(lesson, learnerId, attemptId);
    if (result.status === 'submitted' || result.status === 'already-submitted')
      return redirectTo(resultsPath(lesson.slug, quizId));
    const error = result.status === 'not-found' ? 'submit' : result.status;
    return redirectTo({ pathname: `/lessons/${lesson.slug}/quiz/${quizId}`, query: { error } });
  },
);

/** Starts a new attempt after a submitted one. */
export const retakeFormAction = learnerPostAction(
  { schema: QuizFormSchema, invalidHref: '/' },
  async ({ lessonSlug: lesson, quizId }, { learnerId, locale, redirectTo }) => {
    const retake = await startRetake(learnerId, lesson.slug, quizId, locale);
    if (!retake) return redirectTo(resultsPath(lesson.slug, quizId));
    return redirectTo(`/lessons/${lesson.slug}/quiz/${quizId}`);
  },
);

const ReviseSchema = QuizFormSchema.extend({
  attemptId: z.string().max(40),
  itemId: z.string().max(60),
  saveId: z.uuid(),
  intent: z.enum(['save', 'resubmit']),
});

/**
 * A revision of a written answer its teacher asked for, from the revision page (a form, with JavaScript or without):
 * saved through the one save path (which takes it only while the request stands), then, for "Send", resubmitted once.
 * The form's save id makes a repeated post the same save; a post after the revision was sent (a double click, another
 * tab) finds the request gone, changes nothing and lands on the results, which say the revision was sent.
 */
export const reviseAnswerFormAction = learnerPostAction(
  { schema: ReviseSchema, invalidHref: '/' },
  async ({ lessonSlug: lesson, quizId, attemptId, itemId, saveId, intent }, context) => {
    const { learnerId, redirectTo } = context;
    const results = { pathname: resultsPath(lesson.slug, quizId), query: { attempt: attemptId } };
    const back = (query: Record<string, string>) =>
      redirectTo({
        pathname: `/lessons/${lesson.slug}/quiz/${quizId}/revise/${itemId}`,
        query: { attempt: attemptId, ...query },
      });
    const response = responseFromForm('written', context.formData);
    const saved = await saveAnswer(lesson, { learnerId, attemptId, itemId, response, saveId, seq: 0, check: true });
    if (saved.status === 'invalid') return back({ error: 'written' });
    if (saved.status === 'not-open' || saved.status === 'closed') return back({ error: saved.status });
    // Not theirs, or no revision asked any more (sent already, from this form or another tab): the results say which.
    if (saved.status === 'not-found' || saved.status === 'submitted') return redirectTo(results);
    if (intent === 'save') return back({ saved: '1' });
    const sent = await resubmitRevision(lesson, learnerId, attemptId, itemId);
    return sent === 'empty' || sent === 'not-open' || sent === 'closed' ? back({ error: sent }) : redirectTo(results);
  },
);

const ChooseToolsSchema = z.object({
  // The boxes the form showed, which it always sends: a request without them is no choice, and changes nothing.
  shown: z
    .string()
    .max(200)
    .transform((list) => list.split(' '))
    .pipe(z.array(z.enum(STUDENT_CHOICES)).min(1).max(STUDENT_CHOICES.length)),
  chosen: z.array(z.enum(STUDENT_CHOICES)).max(STUDENT_CHOICES.length),
});

/**
 * The offered supports the student turns on themselves ("Your tools"): kept for them, recorded with their answers from
 * now on, and the quiz's tools as they now are, for the page to apply at once. Without JavaScript the page rendered
 * afresh applies them.
 */
export const chooseToolsAction = learnerAction<typeof ChooseToolsSchema, { tools: QuizTools }>(
  {
    schema: ChooseToolsSchema,
    lists: ['chosen'],
    invalidMessage: 'Quiz.tools.error',
    serverMessage: 'Quiz.tools.error',
  },
  async ({ chosen }, { learnerId, t, fail }) => {
    const kept = await chooseSupports(learnerId, chosen);
    if (!kept) return fail('Quiz.tools.error');
    return { status: 'ok', tools: quizTools(kept.profile, kept.chosen), message: t('Quiz.tools.saved') };
  },
);
