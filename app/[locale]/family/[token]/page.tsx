import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { PrintReport } from '@/components/reports/PrintReport';
import { StudentReportView } from '@/components/reports/StudentReportView';
import { familyStudentReport } from '@/server/reports/student-report';

type Props = { params: Promise<{ locale: Locale; token: string }> };

// Never indexed, and the address (which holds the token) is not sent on to any other page as a referrer.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'FamilyPage' });
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * A student's report for their family, opened with the link their teacher shared: no account, only this student's
 * work, in the page's language. A link that does not work (expired, revoked, altered) gets the same not-found page.
 */
export default async function FamilyReportPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const report = await familyStudentReport(token, locale);
  if (!report) notFound();
  const t = await getTranslations('StudentReport');
  return (
    <>
      <StudentReportView report={report} audience="family" />
      <PrintReport label={t('print')} hint={t('printHint')} />
    </>
  );
}
