import { z } from 'zod';

/** Text that exists in every language the app speaks. */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().min(1),
  es: z.string().trim().min(1),
});

/** `content/lessons/<slug>/meta.json`: what the lesson list and the lesson header show. */
export const LessonMetaSchema = z.object({
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  source: z.object({
    outlet: z.string().trim().min(1),
    published: z.string().regex(/^\d{4}-\d{2}$/, 'use YYYY-MM'),
  }),
  originalLanguage: z.enum(['en', 'es']),
});

export const LessonSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens').max(100);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type LessonMeta = z.infer<typeof LessonMetaSchema>;
export type LessonSummary = LessonMeta & { slug: string };
