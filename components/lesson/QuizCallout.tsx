import { getTranslations } from 'next-intl/server';
import styles from './LessonPage.module.css';

/** The end of the reading: what comes next. */
export async function QuizCallout() {
  const t = await getTranslations('LessonPage');
  return (
    <section aria-labelledby="quizzes-heading" className={styles.callout}>
      <h2 id="quizzes-heading">{t('quizzesHeading')}</h2>
      <ul>
        <li>{t('quizComprehension')}</li>
        <li>{t('quizAttribution')}</li>
      </ul>
      <p>{t('quizzesSoon')}</p>
    </section>
  );
}
