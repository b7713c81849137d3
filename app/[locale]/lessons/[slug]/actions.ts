'use server';

import { FamiliarityFormSchema } from '@/lib/familiarity-form';
import type { FamiliarityLevel } from '@/lib/familiarity-levels';
import type { ReadingPreference } from '@/lib/reading-preferences';
import { ReadingPreferenceSchema } from '@/lib/reading-preferences-schema';
import { saveFamiliarity } from '@/server/learner/familiarity';
import { KnownLessonSchema } from '@/server/lessons';
import { learnerAction } from '@/server/action-kit';
import { saveReadingPreference } from '@/server/learner/reading';

const FamiliaritySchema = FamiliarityFormSchema.extend({ lessonSlug: KnownLessonSchema });

/** Saves the learner's answer to "How familiar are you with this topic?". */
export const saveFamiliarityAction = learnerAction<typeof FamiliaritySchema, { level: FamiliarityLevel }>(
  {
    schema: FamiliaritySchema,
    fieldMessages: { level: 'Familiarity.errorLevel', lessonSlug: 'Familiarity.errorLesson' },
    invalidMessage: 'Familiarity.errorSummary',
    serverMessage: 'Familiarity.errorServer',
  },
  async ({ lessonSlug: lesson, level }, { learnerId, t }) => {
    await saveFamiliarity(learnerId, lesson.slug, level);
    return { status: 'ok', level, message: t('Familiarity.saved') };
  },
);

/** Saves the learner's text size and line spacing. */
export const saveReadingPreferenceAction = learnerAction<
  typeof ReadingPreferenceSchema,
  { preference: ReadingPreference }
>(
  { schema: ReadingPreferenceSchema, invalidMessage: 'ReadingSettings.error', serverMessage: 'ReadingSettings.error' },
  async (preference, { learnerId, t }) => {
    await saveReadingPreference(learnerId, preference);
    // No revalidation: the page applied the preference itself, and the reading page reads it afresh on every visit
    // (rendered per request, or loaded by the prerendered page). Revalidating would swap a prerendered page's tree
    // for the per-request one.
    return { status: 'ok', preference, message: t('ReadingSettings.saved') };
  },
);
