import 'server-only';
import { notFound } from 'next/navigation';
import type { Quiz } from '@/content/quiz-schema';
import type { Locale } from '@/i18n/routing';
import type { ClassDetails } from '@/lib/dashboard/class-summaries';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { requireTeacher } from '../auth/teacher-session';
import type { TeacherIdentity } from '../auth/teacher-sessions';
import { getLesson } from '../lessons';
import { getClass } from './classes';

export type ClassLesson = { teacher: TeacherIdentity; klass: ClassDetails; lesson: LoadedLesson };

/**
 * What every page of a class's lesson starts with: the signed-in teacher (else sign-in), their class and the lesson its
 * address names; a 404 when the class is not theirs or the lesson does not exist.
 */
export async function requireClassLesson(locale: Locale, classId: string, slug: string): Promise<ClassLesson> {
  const teacher = await requireTeacher(locale);
  const klass = await getClass(teacher.teacherId, classId);
  const lesson = getLesson(slug);
  if (!klass || !lesson) notFound();
  return { teacher, klass, lesson };
}

/** The same for a page of one of the lesson's quizzes: a 404 too when the quiz is not the lesson's. */
export async function requireClassQuiz(
  locale: Locale,
  classId: string,
  slug: string,
  quizId: string,
): Promise<ClassLesson & { quiz: Quiz }> {
  const found = await requireClassLesson(locale, classId, slug);
  const quiz = found.lesson.quizzes.find((candidate) => candidate.id === quizId);
  if (!quiz) notFound();
  return { ...found, quiz };
}
