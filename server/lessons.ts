import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { LessonMetaSchema, LessonSlugSchema, type LessonSummary } from '@/content/lesson-schema';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

/** Reads and validates every lesson folder; a malformed lesson stops with a message naming its file. */
export function loadLessons(dir: string = LESSONS_DIR): LessonSummary[] {
  // Lessons are read at run time from the checkout; nothing here needs bundling or tracing.
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const file = path.join(dir, slug, 'meta.json');
      if (!existsSync(file)) throw new Error(`${file} is missing`);
      const slugResult = LessonSlugSchema.safeParse(slug);
      if (!slugResult.success) throw new Error(`content/lessons/${slug}: folder name ${slugResult.error.issues[0]?.message}`);
      const meta = LessonMetaSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!meta.success) {
        const issue = meta.error.issues[0];
        throw new Error(`${file}: ${issue?.path.join('.')} ${issue?.message}`);
      }
      return { slug, ...meta.data };
    });
}

/** All lessons, read once per request. */
export const listLessons = cache((): LessonSummary[] => loadLessons());

/** One lesson by slug, or null when there is none. */
export function findLesson(slug: string): LessonSummary | null {
  return listLessons().find((lesson) => lesson.slug === slug) ?? null;
}
