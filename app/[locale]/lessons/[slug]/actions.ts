'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { formFrom } from '@/lib/action-input';
import { FamiliarityFormSchema } from '@/lib/familiarity';
import type { FamiliarityLevel } from '@/lib/familiarity-levels';
import type { ReadingPreference } from '@/lib/reading-preferences';
import { ReadingPreferenceSchema, ReadingProgressSchema } from '@/lib/reading-preferences-schema';
import { saveFamiliarity } from '@/server/familiarity';
import { getLesson, lessonSlugs } from '@/server/lessons';
import { recordReadingProgress, saveReadingPreference } from '@/server/reading';
import { ensureLearnerId } from '@/server/session';

export type FamiliarityState =
  | { status: 'idle' }
  | { status: 'ok'; level: FamiliarityLevel; message: string }
  | { status: 'error'; fieldErrors: { level?: string }; message: string };

/** Saves the learner's answer to "How familiar are you with this topic?". */
export async function saveFamiliarityAction(_previous: FamiliarityState, input: FormData): Promise<FamiliarityState> {
  const formData = formFrom(input);
  const t = await getTranslations('Familiarity');
  const parsed = FamiliarityFormSchema.safeParse({
    lessonSlug: formData.get('lessonSlug'),
    level: formData.get('level'),
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    const message = field === 'level' ? t('errorLevel') : t('errorLesson');
    return { status: 'error', fieldErrors: { level: message }, message: t('errorSummary') };
  }
  const { lessonSlug, level } = parsed.data;
  if (!lessonSlugs().includes(lessonSlug)) {
    return { status: 'error', fieldErrors: { level: t('errorLesson') }, message: t('errorSummary') };
  }
  try {
    await saveFamiliarity(await ensureLearnerId(), lessonSlug, level);
  } catch (error) {
    console.error('saveFamiliarityAction failed', error);
    return { status: 'error', fieldErrors: {}, message: t('errorServer') };
  }
  return { status: 'ok', level, message: t('saved') };
}

export type ReadingPreferenceState =
  | { status: 'idle' }
  | { status: 'ok'; preference: ReadingPreference; message: string }
  | { status: 'error'; message: string };

/** Saves the learner's text size and line spacing. */
export async function saveReadingPreferenceAction(
  _previous: ReadingPreferenceState,
  input: FormData,
): Promise<ReadingPreferenceState> {
  const formData = formFrom(input);
  const t = await getTranslations('ReadingSettings');
  const parsed = ReadingPreferenceSchema.safeParse({
    textSize: formData.get('textSize'),
    lineSpacing: formData.get('lineSpacing'),
  });
  if (!parsed.success) return { status: 'error', message: t('error') };
  try {
    await saveReadingPreference(await ensureLearnerId(), parsed.data);
  } catch (error) {
    console.error('saveReadingPreferenceAction failed', error);
    return { status: 'error', message: t('error') };
  }
  revalidatePath('/[locale]/lessons/[slug]', 'page');
  return { status: 'ok', preference: parsed.data, message: t('saved') };
}

export type ReadingProgressResult = { status: 'ok'; furthestParagraph: number } | { status: 'error' };

/** Records the furthest paragraph the learner has reached; progress never goes back. */
export async function saveReadingProgressAction(input: {
  lessonSlug: unknown;
  furthestParagraph: unknown;
}): Promise<ReadingProgressResult> {
  const parsed = ReadingProgressSchema.safeParse(input);
  if (!parsed.success) return { status: 'error' };
  const lesson = getLesson(parsed.data.lessonSlug);
  if (!lesson || parsed.data.furthestParagraph > lesson.article.paragraphs.length) return { status: 'error' };
  try {
    const furthestParagraph = await recordReadingProgress(
      await ensureLearnerId(),
      parsed.data.lessonSlug,
      parsed.data.furthestParagraph,
      await getLocale(),
    );
    return { status: 'ok', furthestParagraph };
  } catch (error) {
    console.error('saveReadingProgressAction failed', error);
    return { status: 'error' };
  }
}
