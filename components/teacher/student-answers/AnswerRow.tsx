import { getTranslations } from 'next-intl/server';
import type { AnswerRecord } from '@/lib/dashboard/attempt-records';
import { ShownOptions } from './ShownOptions';
import { WrittenAnswer } from './WrittenAnswer';
import styles from '../Teacher.module.css';

/** One answer: the question, what the student answered, its result, and when (`time`, already formatted). */
export async function AnswerRow({ answer, time }: { answer: AnswerRecord; time: string }) {
  const [t, names] = await Promise.all([getTranslations('StudentAnswers'), getTranslations('Supports.names')]);
  return (
    <tr data-result={resultOf(answer)}>
      <th scope="row">
        {answer.position}. <span className={styles.prompt}>{answer.prompt}</span>
      </th>
      <td>
        {answer.options ? (
          <ShownOptions options={answer.options} label={t('optionOrder')} chosen={t('chosen')} right={t('right')} />
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
        {answer.supports.length > 0 && (
          <p className={styles.supportsOn}>
            {t('supportsOn', { supports: answer.supports.map((id) => names(id)).join(', ') })}
          </p>
        )}
      </td>
      <td>
        <span className={styles.result} data-result={resultOf(answer)}>
          {t(`results.${resultOf(answer)}`, { percent: Math.round((answer.score ?? 0) * 100) })}
        </span>
      </td>
      <td>
        <time dateTime={answer.answeredAt.toISOString()}>{time}</time>
      </td>
    </tr>
  );
}

function resultOf(answer: AnswerRecord): 'right' | 'wrong' | 'partial' | 'pending' {
  if (answer.correct === null) return 'pending';
  if (answer.correct) return 'right';
  return (answer.score ?? 0) > 0 ? 'partial' : 'wrong';
}
