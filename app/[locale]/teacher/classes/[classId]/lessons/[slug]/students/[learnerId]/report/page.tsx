import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { FamilyLinksPanel } from '@/components/reports/FamilyLinksPanel';
import { PrintReport } from '@/components/reports/PrintReport';
import { StudentReportView } from '@/components/reports/StudentReportView';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { requireClassLesson } from '@/server/teacher/class-lesson-page';
import { listFamilyLinks } from '@/server/reports/family-links';
import { teacherStudentReport } from '@/server/reports/student-report';
import { teacherTimeZone } from '@/server/teacher/teacher-time-zone';
import { createFamilyLinkAction, revokeFamilyLinkAction } from './actions';

type Props = {
  params: Promise<{ locale: Locale; classId: string; slug: string; learnerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * A student's printable report on a lesson, in the student's working language (the teacher's bar, links and family
 * links stay in the teacher's), with the family links that share it.
 */
export default async function StudentReportPage({ params, searchParams }: Props) {
  const { locale, classId, slug, learnerId } = await params;
  setRequestLocale(locale);
  const { teacher, klass, lesson } = await requireClassLesson(locale, classId, slug);
  const report = await teacherStudentReport(teacher.teacherId, klass.id, learnerId, lesson);
  if (!report) notFound();
  const [links, timeZone, t, dashboard, { link }] = await Promise.all([
    listFamilyLinks(teacher.teacherId, klass.id, lesson.slug, learnerId, report.language),
    teacherTimeZone(),
    getTranslations('FamilyLinks'),
    getTranslations('TeacherDashboard'),
    searchParams,
  ]);
  const reportText = await getTranslations('StudentReport');
  const name = report.displayName;
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <div className="no-print">
        <p>
          <Link href={`${classLessonPath(klass.id, lesson.slug)}/students/${learnerId}`}>← {t('back', { name })}</Link>
        </p>
        <p>{t('languageNote', { language: dashboard(`languages.${report.language}`), name })}</p>
      </div>
      <StudentReportView report={report} audience="student" />
      <PrintReport label={reportText('print')} hint={reportText('printHint')} />
      <FamilyLinksPanel
        ids={{ classId: klass.id, lessonSlug: lesson.slug, learnerId }}
        name={name}
        links={links}
        timeZone={timeZone}
        locale={locale}
        notice={link === 'created' || link === 'revoked' ? link : null}
        create={createFamilyLinkAction}
        revoke={revokeFamilyLinkAction}
      />
    </>
  );
}
