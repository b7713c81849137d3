import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { LessonSummary } from '@/content/lesson-schema';
import type { QuizId } from '@/content/quiz-schema';
import { LessonList } from './LessonList';
import { HomeFeedbackNotice } from './TeacherFeedbackNotice';

type Props = {
  lessons: (LessonSummary & { quizTitles: Record<QuizId, Record<Locale, string>> })[];
  locale: Locale;
  /** A student's assignments, between the introduction and the lessons; a visitor's page has none. */
  assignments?: ReactNode;
};

/** The home page, for a visitor (prerendered, app/[locale]/page.tsx) and a student (app/[locale]/student-home). */
export async function HomeContent({ lessons, locale, assignments }: Props) {
  const t = await getTranslations('HomePage');
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
      {assignments}
      <h2>{t('lessonsHeading')}</h2>
      <LessonList lessons={lessons} locale={locale} />
    </>
  );
}
