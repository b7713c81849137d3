import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { ClassList } from '@/components/teacher/ClassList';
import { CreateClassForm } from '@/components/teacher/CreateClassForm';
import { createClassAction, signOutAction } from './actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { listClasses } from '@/server/teacher/classes';
import { getTeacherSummary } from '@/server/teacher/dashboard';
import { defaultLessonSlug, getLesson } from '@/server/lessons';
import { requireTeacher } from '@/server/auth/teacher-session';

type Props = { params: Promise<{ locale: Locale }> };

export default async function TeacherHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const t = await getTranslations('TeacherHome');
  // What each class's card counts: the lesson its students are sent to.
  const lesson = getLesson(defaultLessonSlug())!;
  const [classes, progress] = await Promise.all([
    listClasses(teacher.teacherId),
    getTeacherSummary(teacher.teacherId, { slug: lesson.slug, quizIds: lesson.quizzes.map((quiz) => quiz.id) }),
  ]);
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <h1>{t('title')}</h1>
      <ClassList classes={classes} progress={progress} lessonSlug={lesson.slug} />
      <section aria-labelledby="create-class">
        <h2 id="create-class">{t('createTitle')}</h2>
        <CreateClassForm createClass={createClassAction} />
      </section>
      <p>
        <Link href="/teacher/account">{t('account')}</Link>
      </p>
    </>
  );
}
