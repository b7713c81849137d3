import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LessonList } from '@/components/lesson/LessonList';
import { HomeFeedbackNotice } from '@/components/lesson/TeacherFeedbackNotice';
import { listLessons } from '@/server/lessons';

type Props = { params: Promise<{ locale: Locale }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('HomePage');
  const lessons = listLessons();

  return (
    <>
      <h1>{t('heading')}</h1>
      <HomeFeedbackNotice
        lessons={lessons.map(({ slug, quizTitles }) => ({
          slug,
          quizTitles: { comprehension: quizTitles.comprehension[locale], attribution: quizTitles.attribution[locale] },
        }))}
      />
      <p className="lead">{t('intro')}</p>
      <h2>{t('lessonsHeading')}</h2>
      <LessonList lessons={lessons} locale={locale} />
    </>
  );
}
