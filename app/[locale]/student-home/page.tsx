import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { HomeAssignments } from '@/components/lesson/HomeAssignments';
import { HomeContent } from '@/components/lesson/HomeContent';
import { myHomeAssignments } from '@/server/assignments/home-assignments';
import { listLessons } from '@/server/lessons';

type Props = { params: Promise<{ locale: Locale }> };

/**
 * The home page of a browser with a learner session (proxy.ts, lib/student-home.ts), rendered per request: a student
 * also sees their class's assignments; a guest, or a session that has ended, sees the visitor's page.
 */
export default async function StudentHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const assignments = await myHomeAssignments(locale);
  return (
    <HomeContent
      lessons={listLessons()}
      locale={locale}
      assignments={assignments && <HomeAssignments assignments={assignments} locale={locale} />}
    />
  );
}
