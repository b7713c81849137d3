import type { FormAction, PostAction } from '@/lib/action-result';
import type { FamiliarityLevel } from '@/lib/familiarity-levels';
import type { ReadingPreference } from '@/lib/reading-preferences';

/**
 * The reading page's Server Actions, handed down by the page (app/[locale]/lessons/[slug]/actions.ts). Reading
 * progress goes to a JSON endpoint instead (lib/reading-progress.ts).
 */
export type LessonActions = {
  saveFamiliarity: FormAction<{ level: FamiliarityLevel }>;
  saveReadingPreference: FormAction<{ preference: ReadingPreference }>;
  signOut: PostAction;
};
