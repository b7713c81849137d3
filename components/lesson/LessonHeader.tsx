import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LessonMeta } from '@/content/lesson-schema';
import type { LessonReadability } from '@/lib/lesson-stats';
import { monthToDate } from '@/lib/dates';
import styles from './LessonPage.module.css';

type Props = { meta: LessonMeta; readability: LessonReadability; locale: Locale };

/**
 * The way back, the way to the quizzes, the outlet's headline (said to be translated by Fuente in the other language)
 * and one line on where the story comes from: then the article.
 */
export async function LessonHeader({ meta, readability, locale }: Props) {
  const t = await getTranslations('LessonPage');
  const format = await getFormatter();
  const date = format.dateTime(monthToDate(meta.source.published), { year: 'numeric', month: 'long' });
  return (
    <header className={styles.lessonHeader}>
      <p className={styles.lessonLinks}>
        <Link href="/">← {t('backToLessons')}</Link>
        <a href="#quizzes-heading">{t('toQuizzes')} ↓</a>
      </p>
      <h1 className={styles.lessonTitle}>{meta.title[locale]}</h1>
      <p className={styles.sourceLine}>
        {t(locale === meta.originalLanguage ? 'headlineOriginal' : 'headlineTranslated', {
          outlet: meta.source.outlet[locale],
        })}
      </p>
      <p className={styles.sourceLine}>
        {t('sourceLine', { outlet: meta.source.outlet[locale], date })} ·{' '}
        {t('readingTime', { minutes: readability[locale].minutes })}
      </p>
    </header>
  );
}
