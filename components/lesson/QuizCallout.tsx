'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { QuizId } from '@/content/quiz-schema';
import { AssignmentNotice } from '@/components/ui/AssignmentNotice';
import { formatPoints } from '@/lib/points';
import { useLessonLearnerState } from './LessonLearnerState';
import styles from './LessonPage.module.css';

/** The end of the reading: the two quizzes, with where the learner stands in each. */
export function QuizCallout({ slug, quizTitles: titles }: { slug: string; quizTitles: Record<QuizId, string> }) {
  const t = useTranslations('QuizCallout');
  const tFeedback = useTranslations('TeacherFeedback');
  const tAssignment = useTranslations('AssignmentStatus');
  const locale = useLocale();
  const { quizStatuses: statuses, assignment, lockedQuizIds, practiceQuizIds } = useLessonLearnerState().state;
  return (
    <section aria-labelledby="quizzes-heading" className={styles.callout}>
      <h2 id="quizzes-heading">{t('heading')}</h2>
      {assignment && <AssignmentNotice notice={assignment} />}
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
                        earned: formatPoints(status.pointsEarned, locale),
                        possible: status.pointsPossible,
                      })}
                {status.state === 'submitted' && status.pending > 0 && (
                  <> · {tFeedback('pending', { count: status.pending })}</>
                )}
              </span>
              {/* What the assignment says of this quiz: the quiz page says it too (AssignmentNotice). */}
              {lockedQuizIds.includes(status.quizId) && (
                <span className={styles.quizPractice}>{tAssignment('lockedShort')}</span>
              )}
              {practiceQuizIds.includes(status.quizId) && (
                <span className={styles.quizPractice}>{tAssignment('ungraded')}</span>
              )}
              {status.practice && (
                <span className={styles.quizPractice}>
                  {t('practice', {
                    earned: formatPoints(status.practice.pointsEarned, locale),
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
