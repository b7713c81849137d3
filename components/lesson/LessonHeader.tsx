import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LessonSummary } from '@/content/lesson-schema';
import { monthToDate } from '@/lib/dates';

type Props = { lesson: LessonSummary; locale: Locale };

export async function LessonHeader({ lesson, locale }: Props) {
  const t = await getTranslations('LessonPage');
  const format = await getFormatter();
  return (
    <>
      <p>
        <Link href="/">← {t('backToLessons')}</Link>
      </p>
      <h1>{lesson.title[locale]}</h1>
      <p className="lead">{lesson.summary[locale]}</p>
      <p>
        {t('source', {
          outlet: lesson.source.outlet,
          date: format.dateTime(monthToDate(lesson.source.published), { year: 'numeric', month: 'long' }),
        })}
      </p>
      <p>{t('comingSoon')}</p>
    </>
  );
}
