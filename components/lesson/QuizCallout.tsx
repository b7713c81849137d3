import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { QuizStatus } from '@/lib/quiz/quiz-status';
import styles from './LessonPage.module.css';

/** The end of the reading: the two quizzes, with where the learner stands in each. */
export async function QuizCallout({ slug, statuses }: { slug: string; statuses: QuizStatus[] }) {
  const t = await getTranslations('LessonPage');
  const format = await getFormatter();
  const titles = { comprehension: t('quizComprehension'), attribution: t('quizAttribution') };
  return (
    <section aria-labelledby="quizzes-heading" className={styles.callout}>
      <h2 id="quizzes-heading">{t('quizzesHeading')}</h2>
      <ul className={styles.quizLinks}>
        {statuses.map((status) => {
          const href = `/lessons/${slug}/quiz/${status.quizId}${status.state === 'submitted' ? '/results' : ''}`;
          return (
            <li key={status.quizId} className={styles.quizCard}>
              <span className={styles.quizTitle}>{titles[status.quizId]}</span>
              <span className={styles.quizState}>
                {status.state === 'not-started'
                  ? t('quizNotStarted')
                  : status.state === 'in-progress'
                    ? t('quizInProgress', { answered: status.answered, total: status.total })
                    : t('quizSubmitted', {
                        earned: format.number(status.pointsEarned, { maximumFractionDigits: 2 }),
                        possible: status.pointsPossible,
                      })}
              </span>
              {status.practice && (
                <span className={styles.quizPractice}>
                  {t('quizPractice', {
                    earned: format.number(status.practice.pointsEarned, { maximumFractionDigits: 2 }),
                    possible: status.practice.pointsPossible,
                  })}{' '}
                  <Link
                    href={{
                      pathname: `/lessons/${slug}/quiz/${status.quizId}/results`,
                      query: { attempt: status.practice.attemptId },
                    }}
                  >
                    {t('quizPracticeLink')}
                  </Link>
                </span>
              )}
              <Link
                href={href}
                className="button"
                aria-label={`${status.state === 'not-started' ? t('quizStart') : status.state === 'in-progress' ? t('quizContinue') : t('quizResults')}: ${titles[status.quizId]}`}
              >
                {status.state === 'not-started'
                  ? t('quizStart')
                  : status.state === 'in-progress'
                    ? t('quizContinue')
                    : t('quizResults')}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
