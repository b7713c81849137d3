import type { ActionReply, FormAction } from '@/lib/action-result';
import type { FamiliarityLevel } from '@/lib/familiarity-levels';
import type { ReadingPreference } from '@/lib/reading-preferences';

/** The reading page's Server Actions, handed down by the page (app/[locale]/lessons/[slug]/actions.ts). */
export type LessonActions = {
  saveFamiliarity: FormAction<{ level: FamiliarityLevel }>;
  saveReadingPreference: FormAction<{ preference: ReadingPreference }>;
  saveReadingProgress: SaveReadingProgress;
};

export type SaveReadingProgress = (input: {
  lessonSlug: string;
  furthestParagraph: number;
}) => Promise<ActionReply<{ furthestParagraph: number }>>;
