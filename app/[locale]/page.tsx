import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { HomeContent } from '@/components/lesson/HomeContent';
import { listLessons } from '@/server/lessons';

type Props = { params: Promise<{ locale: Locale }> };

// Prerendered, the same for every visitor; a browser with a learner session gets app/[locale]/student-home instead.
export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <HomeContent lessons={listLessons()} locale={locale} />;
}
