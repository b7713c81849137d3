import { z } from 'zod';
import { LINE_SPACINGS, TEXT_SIZES } from './reading-preferences';

export const ReadingPreferenceSchema = z.object({
  textSize: z.enum(TEXT_SIZES),
  lineSpacing: z.enum(LINE_SPACINGS),
});

export const ReadingProgressSchema = z.object({
  lessonSlug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(100),
  furthestParagraph: z.coerce.number().int().min(1).max(500),
});
