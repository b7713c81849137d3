import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import type { LessonSummary } from '@/content/lesson-schema';
import { monthToDate } from '@/lib/dates';
import styles from './LessonList.module.css';

type Props = { lessons: LessonSummary[]; locale: Locale };

/** Lesson cards: title in the page's language, with the other language's title beneath it. */
export async function LessonList({ lessons, locale }: Props) {
  const t = await getTranslations('HomePage');
  const format = await getFormatter();
  if (lessons.length === 0) return <p>{t('lessonsEmpty')}</p>;
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;

  return (
    <ul className={styles.list}>
      {lessons.map((lesson) => (
        <li key={lesson.slug} className={styles.card}>
          <h3 className={styles.title}>
            <Link href={`/lessons/${lesson.slug}`}>{lesson.title[locale]}</Link>
          </h3>
          <p className={styles.other}>
            {t('otherLanguageTitle')} <span lang={other}>{lesson.title[other]}</span>
          </p>
          <p>{lesson.summary[locale]}</p>
          <p className={styles.source}>
            {t('source', {
              outlet: lesson.source.outlet[locale],
              date: format.dateTime(monthToDate(lesson.source.published), { year: 'numeric', month: 'long' }),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
