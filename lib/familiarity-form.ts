import { z } from 'zod';
import { LessonSlugSchema } from '@/content/lesson-schema';
import { FAMILIARITY_LEVELS } from './familiarity-levels';

export const FamiliarityFormSchema = z.object({
  lessonSlug: LessonSlugSchema,
  level: z.enum(FAMILIARITY_LEVELS),
});

export type FamiliarityForm = z.infer<typeof FamiliarityFormSchema>;
