import { getFormatter, getTranslations } from 'next-intl/server';
import type { CountedAttempt } from '@/lib/counted-attempt';
import type { AttemptRecord } from '@/lib/dashboard/attempt-records';
import { AnswerRow } from './AnswerRow';
import styles from '../Teacher.module.css';

type Props = { attempt: AttemptRecord; countedAttempt: CountedAttempt };

/** One attempt: when and in which language, whether it counts for the class, and a table of its answers. */
export async function AttemptAnswers({ attempt, countedAttempt }: Props) {
  const t = await getTranslations('StudentAnswers');
  const dashboard = await getTranslations('TeacherDashboard');
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby={`attempt-${attempt.id}`} className={styles.attempt}>
      <h2 id={`attempt-${attempt.id}`}>{t('attemptTitle', { quiz: attempt.quizTitle, number: attempt.number })}</h2>
      <p>
        {attempt.status === 'submitted' && attempt.submittedAt
          ? t('submitted', { time: when(attempt.submittedAt), percent: attempt.percent ?? 0 })
          : t('inProgress', { time: when(attempt.startedAt) })}{' '}
        {attempt.locale && t('language', { language: dashboard(`languages.${attempt.locale}`) })}
      </p>
      <p data-counted={attempt.counted}>
        {t(attempt.counted ? 'counted' : 'notCounted', { rule: dashboard(`countedAttempt.${countedAttempt}`) })}
      </p>
      {attempt.answers.length > 0 && (
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-labelledby={`attempt-${attempt.id}`}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('columns.question')}</th>
                <th scope="col">{t('columns.answer')}</th>
                <th scope="col">{t('columns.result')}</th>
                <th scope="col">{t('columns.time')}</th>
              </tr>
            </thead>
            <tbody>
              {attempt.answers.map((answer) => (
                <AnswerRow key={answer.itemId} answer={answer} time={when(answer.answeredAt)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
