import { z } from 'zod';
import { LessonSlugSchema } from '@/content/lesson-schema';

/** Answers to "How familiar are you with this topic?", from least to most. */
export const FAMILIARITY_LEVELS = ['new', 'heard', 'some', 'lots'] as const;

export type FamiliarityLevel = (typeof FAMILIARITY_LEVELS)[number];

export const FamiliarityFormSchema = z.object({
  lessonSlug: LessonSlugSchema,
  level: z.enum(FAMILIARITY_LEVELS),
});

export type FamiliarityForm = z.infer<typeof FamiliarityFormSchema>;

/** The database keeps the level as 1-4 so that later reports can average and sort it. */
export function levelToScore(level: FamiliarityLevel): number {
  return FAMILIARITY_LEVELS.indexOf(level) + 1;
}

export function scoreToLevel(score: number): FamiliarityLevel | null {
  return FAMILIARITY_LEVELS[score - 1] ?? null;
}
