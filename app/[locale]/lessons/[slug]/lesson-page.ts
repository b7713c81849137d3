import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { studentSignOutAction } from '@/app/[locale]/join/actions';
import type { LessonActions } from '@/components/lesson/lesson-actions';
import { getLesson } from '@/server/lessons';
import { saveFamiliarityAction, saveReadingPreferenceAction } from './actions';

// What the reading page and its prerendered copy (prerendered/[view]/page.tsx) share.

export function lessonMetadata(locale: Locale, slug: string): Metadata {
  const lesson = getLesson(slug);
  return lesson ? { title: lesson.meta.title[locale], description: lesson.meta.summary[locale] } : {};
}

export const lessonActions: LessonActions = {
  saveFamiliarity: saveFamiliarityAction,
  saveReadingPreference: saveReadingPreferenceAction,
  signOut: studentSignOutAction,
};
