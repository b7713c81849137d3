import { getTranslations } from 'next-intl/server';
import type { CountedAttempt } from '@/lib/counted-attempt';
import { retakeSummaries, type AttemptRecord } from '@/lib/dashboard/attempt-records';
import { AttemptAnswers } from './student-answers/AttemptAnswers';
import { RetakesSummary } from './student-answers/RetakesSummary';
import styles from './Teacher.module.css';

type Props = { name: string; attempts: AttemptRecord[]; countedAttempt: CountedAttempt };

/**
 * Every attempt of one student, each answer with its result and the time it was given; which attempt counts for the
 * class; for choice items, the options in the order this student saw them.
 */
export async function StudentAnswersView({ name, attempts, countedAttempt }: Props) {
  const t = await getTranslations('StudentAnswers');
  if (attempts.every((attempt) => attempt.answers.length === 0))
    return <p className={styles.empty}>{t('empty', { name })}</p>;
  const retakes = retakeSummaries(attempts);
  return (
    <>
      {retakes.length > 0 && <RetakesSummary retakes={retakes} />}
      {attempts.map((attempt) => (
        <AttemptAnswers key={attempt.id} attempt={attempt} countedAttempt={countedAttempt} />
      ))}
    </>
  );
}
