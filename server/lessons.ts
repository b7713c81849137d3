import 'server-only';
import { z } from 'zod';
import { checkLesson } from '@/content/check-lesson';
import { lessonFolders, readLessonFiles } from '@/content/lesson-files';
import { LessonSlugSchema, type LessonSummary } from '@/content/lesson-schema';
import type { QuizId } from '@/content/quiz-schema';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { lessonReadability, type LessonReadability } from '@/lib/lesson-stats';
import { env } from './env';

// Lesson files do not change while the server runs: read and check each one once per process.
const loaded = new Map<string, LoadedLesson>();

let folders: Map<string, string> | undefined;

/** Each lesson's folder by slug: content/lessons/, then the tests' fixture lessons when FUENTE_FIXTURE_LESSONS=true. */
function foldersBySlug(): Map<string, string> {
  folders ??= lessonFolders({ fixtures: env().FUENTE_FIXTURE_LESSONS === 'true' });
  return folders;
}

/** The slugs of every lesson folder, in order (read once per process, like the lessons themselves). */
export function lessonSlugs(): string[] {
  return [...foldersBySlug().keys()];
}

/**
 * The lesson a class works on when no address names one: where a student who joins starts, what the teacher's class
 * list counts, where a class's page opens. Classes have no lesson of their own yet, so it is the first lesson folder
 * of content/lessons/ (fixture lessons come after them); this is the one place that picks it.
 */
export function defaultLessonSlug(): string {
  const [slug] = lessonSlugs();
  if (!slug) throw new Error('There is no lesson folder in content/lessons (npm run content:check)');
  return slug;
}

/** A checked lesson by slug, or null when there is none. A lesson that fails the content check throws. */
export function getLesson(slug: string): LoadedLesson | null {
  const folder = foldersBySlug().get(slug);
  if (!folder) return null;
  const cached = loaded.get(slug);
  if (cached) return cached;
  const check = checkLesson(readLessonFiles(folder));
  if (!check.ok)
    throw new Error(`Lesson ${slug} fails the content check (npm run content:check):\n${check.errors.join('\n')}`);
  const lesson = { ...check.lesson, readability: lessonReadability(check.lesson.article) };
  loaded.set(slug, lesson);
  return lesson;
}

/** Every lesson's metadata, for lists. */
export function listLessons(): (LessonSummary & {
  readability: LessonReadability;
  quizTitles: Record<QuizId, Record<'en' | 'es', string>>;
})[] {
  return lessonSlugs().flatMap((slug) => {
    const lesson = getLesson(slug);
    if (!lesson) return [];
    const quizTitles = Object.fromEntries(lesson.quizzes.map((quiz) => [quiz.id, quiz.title])) as Record<
      QuizId,
      Record<'en' | 'es', string>
    >;
    return [{ slug, ...lesson.meta, readability: lesson.readability, quizTitles }];
  });
}

/** A lesson slug in a request, read as the lesson it names; a slug of no lesson is invalid input. */
export const KnownLessonSchema = LessonSlugSchema.transform((slug, context) => {
  const lesson = getLesson(slug);
  if (!lesson) context.addIssue({ code: 'custom', message: 'unknown lesson' });
  return lesson ?? z.NEVER;
});
