import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { PaceBoardView } from '@/components/teacher/pace/PaceBoardView';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { getPaceBoard } from '@/server/assignments/pace-board';
import { requireClassLesson } from '@/server/teacher/class-lesson-page';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { openSectionAction } from './actions';

type Props = { params: Promise<{ locale: Locale; classId: string; slug: string }> };

/** Teacher-paced mode from the front of the room: the sections opened so far, the class's progress, the next one. */
export default async function PacePage({ params }: Props) {
  const { locale, classId, slug } = await params;
  setRequestLocale(locale);
  const { teacher, klass, lesson } = await requireClassLesson(locale, classId, slug);
  const guided = lesson.guided;
  const board = guided
    ? await getPaceBoard(teacher.teacherId, klass.id, lesson.slug, {
        sections: guided.sections,
        checkpointQuizId: guided.checkpoints.id,
        paragraphIds: lesson.article.paragraphs.map((paragraph) => paragraph.id),
      })
    : null;
  const t = await getTranslations('TeacherPace');
  const classPath = classLessonPath(klass.id, lesson.slug);
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <p>
        <Link href={classPath}>← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>
        {klass.name} · {lesson.meta.title[locale]}
      </p>
      {guided && board ? (
        <>
          <p>{t('intro')}</p>
          <PaceBoardView
            board={board}
            classId={klass.id}
            lessonSlug={lesson.slug}
            refreshHref={`/${locale}${classPath}/pace`}
            openSection={openSectionAction}
          />
        </>
      ) : (
        <p>{t('notPaced')}</p>
      )}
    </>
  );
}
