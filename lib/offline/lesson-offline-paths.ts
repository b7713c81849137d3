import { lessonStatePath } from '@/lib/lesson-learner-state';
import { quizStatePath } from '@/lib/quiz/quiz-learner-state';

/**
 * What the service worker keeps when a learner opens a lesson, for that learner and language: the reading page in
 * both views (the glossary is part of it), each quiz page, and the learner's state for the lesson and each quiz.
 * Their build files are stored when the worker installs (scripts/offline-files.mjs).
 */
export function lessonOfflinePaths(locale: string, slug: string, quizIds: readonly string[]): string[] {
  const lesson = `/${locale}/lessons/${slug}`;
  return [
    lesson,
    `${lesson}?view=bilingual`,
    lessonStatePath(locale, slug),
    ...quizIds.flatMap((quizId) => [`${lesson}/quiz/${quizId}`, quizStatePath(locale, slug, quizId)]),
  ];
}
