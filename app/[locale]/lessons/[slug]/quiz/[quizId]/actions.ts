'use server';

import { randomUUID } from 'node:crypto';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { QuizIdSchema } from '@/content/quiz-schema';
import { formFrom } from '@/lib/action-input';
import { responseFromForm } from '@/lib/quiz/form-response';
import { MAX_ORDER_SEED } from '@/lib/quiz/option-order';
import type { ItemFeedback } from '@/lib/quiz/public-item';
import { getOrStartAttempt, saveAnswer, startRetake, submitAttempt } from '@/server/attempts';
import { getLesson } from '@/server/lessons';
import { answerLabels } from '@/server/quiz-feedback';
import { toFeedback } from '@/server/quizzes';
import { ensureLearnerId, queueOwnerOf } from '@/server/session';

const SaveRequestSchema = z.object({
  lessonSlug: z.string().max(100),
  quizId: QuizIdSchema,
  attemptId: z.string().max(40).nullable(),
  itemId: z.string().max(60),
  response: z.unknown(),
  saveId: z.string().max(40),
  seq: z.number().int().min(0).max(1_000_000),
  check: z.boolean(),
  /** The option order the page showed, for the attempt this save may start (see server/quiz-page.ts). */
  optionSeed: z.number().int().min(0).max(MAX_ORDER_SEED).optional(),
});

export type SaveRequest = z.infer<typeof SaveRequestSchema>;

export type SaveAnswerActionResult =
  | { status: 'ok'; attemptId: string; itemId: string; checked: boolean; feedback?: ItemFeedback; queueOwner: string }
  | { status: 'error'; code: 'invalid' | 'not-found' | 'submitted' | 'server'; message: string };

/** Saves one answer (autosave) and, when asked to check it, returns its feedback. Called by the quiz page. */
export async function saveAnswerAction(input: SaveRequest): Promise<SaveAnswerActionResult> {
  const t = await getTranslations('Quiz');
  const parsed = SaveRequestSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', code: 'invalid', message: t('errors.invalid') };
  const request = parsed.data;
  const lesson = getLesson(request.lessonSlug);
  if (!lesson) return { status: 'error', code: 'not-found', message: t('errors.notFound') };
  try {
    const learnerId = await ensureLearnerId();
    const queueOwner = queueOwnerOf(learnerId);
    const attemptId =
      request.attemptId ??
      (await getOrStartAttempt(learnerId, lesson.slug, request.quizId, await getLocale(), request.optionSeed)).id;
    const result = await saveAnswer(lesson, { ...request, learnerId, attemptId });
    switch (result.status) {
      case 'stale':
        return { status: 'ok', attemptId, itemId: request.itemId, checked: false, queueOwner };
      case 'invalid':
        return { status: 'error', code: 'invalid', message: t('errors.invalid') };
      case 'not-found':
        return { status: 'error', code: 'not-found', message: t('errors.notFound') };
      case 'submitted':
        return { status: 'error', code: 'submitted', message: t('errors.submitted') };
      default: {
        const locale = await getLocale();
        const feedback = result.grade
          ? toFeedback(lesson, result.item, result.grade, locale, await answerLabels(), result.optionSeed)
          : undefined;
        return {
          status: 'ok',
          attemptId,
          itemId: request.itemId,
          checked: result.checked,
          ...(feedback ? { feedback } : {}),
          queueOwner,
        };
      }
    }
  } catch (error) {
    console.error('saveAnswerAction failed', error);
    return { status: 'error', code: 'server', message: t('errors.server') };
  }
}

const FormMetaSchema = z.object({
  lessonSlug: z.string().max(100),
  quizId: QuizIdSchema,
  attemptId: z.string().max(40).optional(),
  itemId: z.string().max(60),
  itemType: z.enum(['single', 'multiple', 'truefalse', 'evidence', 'matching', 'classification']),
  position: z.coerce.number().int().min(1).max(100),
  optionSeed: z.coerce.number().int().min(0).max(MAX_ORDER_SEED).optional(),
});

/** The same save without JavaScript: the item's form posts here, then the page shows its feedback. */
export async function answerItemFormAction(input: FormData): Promise<void> {
  const formData = formFrom(input);
  const locale = await getLocale();
  const fields = ['lessonSlug', 'quizId', 'attemptId', 'itemId', 'itemType', 'position', 'optionSeed'];
  const meta = FormMetaSchema.safeParse(Object.fromEntries(fields.map((key) => [key, formData.get(key) || undefined])));
  // Redirect only to a lesson that exists: the form's fields could be anything.
  if (!meta.success || !getLesson(meta.data.lessonSlug)) redirect({ href: '/', locale });
  const { lessonSlug, quizId, attemptId, itemId, itemType, position, optionSeed } = meta.data!;
  const result = await saveAnswerAction({
    lessonSlug,
    quizId,
    attemptId: attemptId || null,
    itemId,
    response: responseFromForm(itemType, formData),
    saveId: randomUUID(),
    seq: 0,
    check: true,
    ...(optionSeed === undefined ? {} : { optionSeed }),
  });
  const error = result.status === 'error' ? { error: result.code } : {};
  redirect({
    href: { pathname: `/lessons/${lessonSlug}/quiz/${quizId}`, query: { q: String(position), ...error } },
    locale,
  });
}

export type SubmitActionResult = { status: 'ok'; resultsPath: string } | { status: 'error'; message: string };

/** Submits the attempt; a repeated submit returns the same stored result. */
export async function submitAttemptAction(input: {
  lessonSlug: string;
  quizId: string;
  attemptId: string;
}): Promise<SubmitActionResult> {
  const t = await getTranslations('Quiz');
  const lesson = getLesson(String(input?.lessonSlug));
  const quizId = QuizIdSchema.safeParse(input?.quizId);
  if (!lesson || !quizId.success || typeof input.attemptId !== 'string')
    return { status: 'error', message: t('errors.notFound') };
  try {
    const result = await submitAttempt(lesson, await ensureLearnerId(), input.attemptId);
    if (result.status === 'not-found') return { status: 'error', message: t('errors.notFound') };
    return { status: 'ok', resultsPath: `/lessons/${lesson.slug}/quiz/${quizId.data}/results` };
  } catch (error) {
    console.error('submitAttemptAction failed', error);
    return { status: 'error', message: t('errors.server') };
  }
}

/** Submitting without JavaScript. */
export async function submitAttemptFormAction(input: FormData): Promise<void> {
  const formData = formFrom(input);
  const locale = await getLocale();
  const lesson = getLesson(String(formData.get('lessonSlug') ?? ''));
  const quizId = QuizIdSchema.safeParse(formData.get('quizId'));
  // Redirect only to a quiz that exists: the form's fields could be anything.
  if (!lesson || !quizId.success) redirect({ href: '/', locale });
  const result = await submitAttemptAction({
    lessonSlug: lesson!.slug,
    quizId: quizId.data!,
    attemptId: String(formData.get('attemptId') ?? ''),
  });
  if (result.status === 'ok') redirect({ href: result.resultsPath, locale });
  redirect({ href: { pathname: `/lessons/${lesson!.slug}/quiz/${quizId.data}`, query: { error: 'submit' } }, locale });
}

/** Starts a new attempt after a submitted one. */
export async function retakeFormAction(input: FormData): Promise<void> {
  const formData = formFrom(input);
  const locale = await getLocale();
  const lesson = getLesson(String(formData.get('lessonSlug') ?? ''));
  const quizId = QuizIdSchema.safeParse(formData.get('quizId'));
  if (!lesson || !quizId.success) redirect({ href: '/', locale });
  const retake = await startRetake(await ensureLearnerId(), lesson!.slug, quizId.data!, locale);
  if (!retake) redirect({ href: `/lessons/${lesson!.slug}/quiz/${quizId.data}/results`, locale });
  redirect({ href: `/lessons/${lesson!.slug}/quiz/${quizId.data}`, locale });
}
