import { getFormatter, getTranslations } from 'next-intl/server';
import type { CountedAttempt } from '@/lib/counted-attempt';
import type { ShownOption } from '@/lib/quiz/public-item';
import { retakeSummaries, type AnswerRecord, type AttemptRecord } from '@/lib/dashboard/student-answers';
import styles from './Teacher.module.css';

type Props = { name: string; attempts: AttemptRecord[]; countedAttempt: CountedAttempt };

/**
 * Every attempt of one student, each answer with its result and the time it was given; which attempt counts for the
 * class; for choice items, the options in the order this student saw them.
 */
export async function StudentAnswersView({ name, attempts, countedAttempt }: Props) {
  const t = await getTranslations('StudentAnswers');
  const dashboard = await getTranslations('TeacherDashboard');
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  if (attempts.every((attempt) => attempt.answers.length === 0))
    return <p className={styles.empty}>{t('empty', { name })}</p>;
  const retakes = retakeSummaries(attempts);
  return (
    <>
      {retakes.length > 0 && (
        <section aria-labelledby="retakes" className={styles.attempt}>
          <h2 id="retakes">{t('retakesTitle')}</h2>
          <ul>
            {retakes.map((retake) => (
              <li key={retake.quizId}>
                {t('retakeLine', {
                  quiz: retake.quizTitle,
                  count: retake.attempts,
                  percents: retake.percents.map((value) => `${value} %`).join(' → '),
                })}{' '}
                {retake.percents.length > 1 && t('retakeChange', { change: retake.change })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {attempts.map((attempt) => (
        <section key={attempt.id} aria-labelledby={`attempt-${attempt.id}`} className={styles.attempt}>
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
                    <tr key={answer.itemId} data-result={resultOf(answer)}>
                      <th scope="row">
                        {answer.position}. <span className={styles.prompt}>{answer.prompt}</span>
                      </th>
                      <td>
                        {answer.options ? (
                          <ShownOptions
                            options={answer.options}
                            label={t('optionOrder')}
                            chosen={t('chosen')}
                            right={t('right')}
                          />
                        ) : answer.written ? (
                          <WrittenAnswer answer={answer.answer[0] ?? ''} written={answer.written} />
                        ) : answer.answer.length === 0 ? (
                          t('noAnswer')
                        ) : (
                          <ul className={styles.answerList}>
                            {answer.answer.map((part, index) => (
                              <li key={index}>{part}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <span className={styles.result} data-result={resultOf(answer)}>
                          {t(`results.${resultOf(answer)}`, { percent: Math.round((answer.score ?? 0) * 100) })}
                        </span>
                      </td>
                      <td>
                        <time dateTime={answer.answeredAt.toISOString()}>{when(answer.answeredAt)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}

/** A written answer as plain text in its language, the sentences picked, the teacher's level and comment. */
async function WrittenAnswer({ answer, written }: { answer: string; written: NonNullable<AnswerRecord['written']> }) {
  const t = await getTranslations('StudentAnswers');
  const notReturned = written.returned ? '' : ` ${t('notReturned')}`;
  return (
    <div className={styles.writtenAnswer}>
      <p lang={written.language} className={styles.studentText}>
        {answer || t('noAnswer')}
      </p>
      {written.evidence.length > 0 && <p>{t('evidencePicked', { sentences: written.evidence.join(' | ') })}</p>}
      {written.level && <p>{t('level', written.level) + notReturned}</p>}
      {written.comment && <p className={styles.studentText}>{t('teacherComment', { comment: written.comment })}</p>}
    </div>
  );
}

/** A choice item's options in the student's order, the chosen ones in bold, each mark also in words. */
function ShownOptions({
  options,
  label,
  chosen,
  right,
}: {
  options: ShownOption[];
  label: string;
  chosen: string;
  right: string;
}) {
  return (
    <ol className={styles.answerList} aria-label={label}>
      {options.map((option) => (
        <li key={option.text} data-chosen={option.chosen || undefined} data-right={option.correct || undefined}>
          {option.chosen ? <strong>{option.text}</strong> : option.text}
          {(option.chosen || option.correct) &&
            ` (${[option.chosen && chosen, option.correct && right].filter(Boolean).join(', ')})`}
        </li>
      ))}
    </ol>
  );
}

function resultOf(answer: AnswerRecord): 'right' | 'wrong' | 'partial' | 'pending' {
  if (answer.correct === null) return 'pending';
  if (answer.correct) return 'right';
  return (answer.score ?? 0) > 0 ? 'partial' : 'wrong';
}
