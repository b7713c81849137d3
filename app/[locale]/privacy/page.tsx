import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { FAMILY_LINK_DAYS } from '@/lib/reports/family-link-form';
import { retentionPolicy } from '@/server/retention-policy';

type Props = { params: Promise<{ locale: Locale }> };

const ROWS = [
  'student',
  'learnerSession',
  'guest',
  'work',
  'teacher',
  'teacherSession',
  'knownTeacherBrowser',
  'throttle',
  'familyLink',
] as const;

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  // Rendered per request: the periods come from the server's environment at run time, not the build's.
  await connection();
  setRequestLocale(locale);
  const t = await getTranslations('Privacy');
  // The periods the purge (server/retention.ts) applies, so that the page says what the code does.
  const policy = retentionPolicy();
  const periods: Record<(typeof ROWS)[number], Record<string, number>> = {
    student: { days: policy.archivedClassDays },
    learnerSession: { idleDays: policy.learnerIdleDays, maxDays: policy.learnerMaxDays },
    guest: { days: policy.guestDays },
    work: {},
    teacher: {},
    teacherSession: { idleHours: policy.teacherIdleHours, maxHours: policy.teacherMaxHours },
    knownTeacherBrowser: { days: policy.knownTeacherBrowserDays },
    throttle: { days: policy.throttleDays },
    familyLink: { days: Math.max(...FAMILY_LINK_DAYS) },
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <table className="data-table stacked-table" role="table">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.data')}</th>
            <th scope="col">{t('columns.purpose')}</th>
            <th scope="col">{t('columns.retention')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row} role="row">
              <th scope="row" role="rowheader">
                {t(`rows.${row}.data`)}
              </th>
              <td role="cell" data-label={t('columns.purpose')}>
                {t(`rows.${row}.purpose`)}
              </td>
              <td role="cell" data-label={t('columns.retention')}>
                {t(`rows.${row}.retention`, periods[row])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('deletion')}</p>
      <p>{t('who')}</p>
      <p>{t('logs')}</p>
    </>
  );
}
