import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { StudentAnswersView } from '@/components/teacher/StudentAnswersView';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { ExtensionForm } from '@/components/teacher/assignments/ExtensionForm';
import { extendAssignmentAction } from '../../actions';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { getLesson } from '@/server/lessons';
import { getClass } from '@/server/teacher/classes';
import { answerLabels } from '@/server/quiz/answer-labels';
import { getStudentAnswers } from '@/server/teacher/student-answers';
import { requireTeacher } from '@/server/auth/teacher-session';
import { getAssignment, getExtension } from '@/server/assignments/teacher-assignments';
import { teacherTimeZone } from '@/server/teacher/teacher-time-zone';

type Props = { params: Promise<{ locale: Locale; classId: string; slug: string; learnerId: string }> };

export default async function StudentAnswersPage({ params }: Props) {
  const { locale, classId, slug, learnerId } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const [student, klass, assignment, extendedUntil, timeZone] = await Promise.all([
    getStudentAnswers(teacher.teacherId, classId, learnerId, lesson, locale, await answerLabels()),
    getClass(teacher.teacherId, classId),
    getAssignment(teacher.teacherId, classId, lesson.slug),
    getExtension(teacher.teacherId, classId, lesson.slug, learnerId),
    teacherTimeZone(),
  ]);
  if (!student || !klass) notFound();
  const [t, links] = await Promise.all([getTranslations('StudentAnswers'), getTranslations('FamilyLinks')]);
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <p>
        <Link href={classLessonPath(klass.id, lesson.slug)}>← {t('back')}</Link>
      </p>
      <h1>{t('title', { name: student.displayName })}</h1>
      <p className="no-print">
        <Link href={`${classLessonPath(klass.id, lesson.slug)}/students/${learnerId}/report`}>
          {links('reportLink', { name: student.displayName })}
        </Link>
      </p>
      {assignment && (
        <ExtensionForm
          classId={klass.id}
          lessonSlug={lesson.slug}
          learnerId={learnerId}
          extendedUntil={extendedUntil}
          timeZone={timeZone}
          extend={extendAssignmentAction}
        />
      )}
      <StudentAnswersView
        name={student.displayName}
        attempts={student.attempts}
        countedAttempt={klass.countedAttempt}
      />
    </>
  );
}
