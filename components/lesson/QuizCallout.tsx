import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import styles from './LessonPage.module.css';

/** The end of the reading: the two quizzes. */
export async function QuizCallout({ slug }: { slug: string }) {
  const t = await getTranslations('LessonPage');
  return (
    <section aria-labelledby="quizzes-heading" className={styles.callout}>
      <h2 id="quizzes-heading">{t('quizzesHeading')}</h2>
      <ul className={styles.quizLinks}>
        <li>
          <Link href={`/lessons/${slug}/quiz/comprehension`}>{t('quizComprehension')}</Link>
        </li>
        <li>
          <Link href={`/lessons/${slug}/quiz/attribution`}>{t('quizAttribution')}</Link>
        </li>
      </ul>
    </section>
  );
}
