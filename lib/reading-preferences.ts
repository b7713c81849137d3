import { z } from 'zod';

export const TEXT_SIZES = ['small', 'medium', 'large', 'xlarge'] as const;
export const LINE_SPACINGS = ['normal', 'relaxed', 'loose'] as const;

export const ReadingPreferenceSchema = z.object({
  textSize: z.enum(TEXT_SIZES),
  lineSpacing: z.enum(LINE_SPACINGS),
});

export type ReadingPreference = z.infer<typeof ReadingPreferenceSchema>;
export type TextSize = ReadingPreference['textSize'];
export type LineSpacing = ReadingPreference['lineSpacing'];

export const DEFAULT_READING_PREFERENCE: ReadingPreference = { textSize: 'medium', lineSpacing: 'relaxed' };

/** CSS values for each choice: a scale of the base font size and a line height. */
export const TEXT_SCALE: Record<TextSize, number> = { small: 0.9, medium: 1, large: 1.2, xlarge: 1.45 };
export const LINE_HEIGHT: Record<LineSpacing, number> = { normal: 1.5, relaxed: 1.75, loose: 2.1 };

export const ReadingProgressSchema = z.object({
  lessonSlug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100),
  furthestParagraph: z.coerce.number().int().min(1).max(500),
});
