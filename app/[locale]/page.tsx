import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LessonList } from '@/components/lesson/LessonList';
import { listLessons } from '@/server/lessons';

type Props = { params: Promise<{ locale: Locale }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('HomePage');

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('lessonsHeading')}</h2>
      <LessonList lessons={listLessons()} locale={locale} />
    </>
  );
}
