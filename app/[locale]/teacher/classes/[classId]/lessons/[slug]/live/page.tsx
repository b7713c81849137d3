import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { LiveView } from '@/components/teacher/live/LiveView';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { DEFAULT_STUCK_AFTER } from '@/lib/dashboard/live-status';
import { requireClassLesson } from '@/server/teacher/class-lesson-page';
import { getLiveView } from '@/server/teacher/live-view';
import { setStuckAfterAction } from './actions';

type Props = { params: Promise<{ locale: Locale; classId: string; slug: string }> };

/** The live view of a class's lesson: where each student is, since when, and who is stuck. */
export default async function LiveViewPage({ params }: Props) {
  const { locale, classId, slug } = await params;
  setRequestLocale(locale);
  const { teacher, klass, lesson } = await requireClassLesson(locale, classId, slug);
  const now = new Date();
  const view = await getLiveView(
    teacher.teacherId,
    klass.id,
    { slug: lesson.slug, paragraphCount: lesson.article.paragraphs.length, quizzes: lesson.quizzes },
    now,
  );
  const classPath = classLessonPath(klass.id, lesson.slug);
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <LiveView
        className={klass.name}
        classId={klass.id}
        lesson={{ slug: lesson.slug, title: lesson.meta.title[locale] }}
        quizTitles={Object.fromEntries(lesson.quizzes.map((quiz) => [quiz.id, quiz.title[locale]]))}
        // requireClassLesson found the class the teacher's: the view is there, empty at worst.
        view={view ?? { stuckAfterMinutes: DEFAULT_STUCK_AFTER, students: [] }}
        path={`${classPath}/live`}
        classPath={classPath}
        locale={locale}
        now={now}
        saveStuckAfter={setStuckAfterAction}
      />
    </>
  );
}
