'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useLessonLearnerState } from './LessonLearnerState';
import styles from './LessonPage.module.css';

/** The end of the reading: the two quizzes, with where the learner stands in each. */
export function QuizCallout({ slug }: { slug: string }) {
  const t = useTranslations('QuizCallout');
  const format = useFormatter();
  const statuses = useLessonLearnerState().state.quizStatuses;
  const titles = { comprehension: t('comprehension'), attribution: t('attribution') };
  return (
    <section aria-labelledby="quizzes-heading" className={styles.callout}>
      <h2 id="quizzes-heading">{t('heading')}</h2>
      <ul className={styles.quizLinks}>
        {statuses.map((status) => {
          const href = `/lessons/${slug}/quiz/${status.quizId}${status.state === 'submitted' ? '/results' : ''}`;
          return (
            <li key={status.quizId} className={styles.quizCard}>
              <span className={styles.quizTitle}>{titles[status.quizId]}</span>
              <span className={styles.quizState}>
                {status.state === 'not-started'
                  ? t('notStarted')
                  : status.state === 'in-progress'
                    ? t('inProgress', { answered: status.answered, total: status.total })
                    : t('submitted', {
                        earned: format.number(status.pointsEarned, { maximumFractionDigits: 2 }),
                        possible: status.pointsPossible,
                      })}
              </span>
              {status.practice && (
                <span className={styles.quizPractice}>
                  {t('practice', {
                    earned: format.number(status.practice.pointsEarned, { maximumFractionDigits: 2 }),
                    possible: status.practice.pointsPossible,
                  })}{' '}
                  <Link
                    href={{
                      pathname: `/lessons/${slug}/quiz/${status.quizId}/results`,
                      query: { attempt: status.practice.attemptId },
                    }}
                  >
                    {t('practiceLink')}
                  </Link>
                </span>
              )}
              <Link
                href={href}
                className="button"
                aria-label={`${status.state === 'not-started' ? t('start') : status.state === 'in-progress' ? t('continue') : t('results')}: ${titles[status.quizId]}`}
              >
                {status.state === 'not-started'
                  ? t('start')
                  : status.state === 'in-progress'
                    ? t('continue')
                    : t('results')}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
