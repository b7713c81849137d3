'use server';

import { getTranslations } from 'next-intl/server';
import { FamiliarityFormSchema, type FamiliarityLevel } from '@/lib/familiarity';
import { saveFamiliarity } from '@/server/familiarity';
import { lessonSlugs } from '@/server/lessons';
import { ensureLearnerId } from '@/server/session';

export type FamiliarityState =
  | { status: 'idle' }
  | { status: 'ok'; level: FamiliarityLevel; message: string }
  | { status: 'error'; fieldErrors: { level?: string }; message: string };

/** Saves the learner's answer to "How familiar are you with this topic?". */
export async function saveFamiliarityAction(_previous: FamiliarityState, formData: FormData): Promise<FamiliarityState> {
  const t = await getTranslations('Familiarity');
  const parsed = FamiliarityFormSchema.safeParse({ lessonSlug: formData.get('lessonSlug'), level: formData.get('level') });
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
