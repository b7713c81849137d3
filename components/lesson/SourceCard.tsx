import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { LessonMeta } from '@/content/lesson-schema';
import type { LessonReadability } from '@/lib/lesson-stats';
import { monthToDate } from '@/lib/dates';
import styles from './LessonPage.module.css';

type Props = { meta: LessonMeta; readability: LessonReadability; locale: Locale };

/** What the story is about, where it comes from, when, how long it takes and how hard it is, in the reader's language. */
export async function SourceCard({ meta, readability, locale }: Props) {
  const t = await getTranslations('LessonPage');
  const format = await getFormatter();
  const date = format.dateTime(monthToDate(meta.source.published), { year: 'numeric', month: 'long' });
  const level = locale === 'en' ? readability.en.grade : readability.es.ease;
  return (
    <div>
      <p className="lead">{meta.summary[locale]}</p>
      <h3 className={styles.cardHeading}>{t('aboutHeading')}</h3>
      <p>{t('published', { outlet: meta.source.outlet[locale], date })}</p>
      <p className={styles.context}>{meta.source.context[locale]}</p>
      <ul className={styles.facts}>
        <li>{t('readingTime', { minutes: readability[locale].minutes })}</li>
        <li>{t('level', { value: String(level) })}</li>
      </ul>
      <p className={styles.rights}>{meta.source.rights[locale]}</p>
    </div>
  );
}
