import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { awaitsScore, type WrittenAnswerToScore, type WrittenTally } from '@/lib/dashboard/written-scoring';
import styles from './WrittenScoring.module.css';

/** The end of a question: says how many answers are scored, and where the rest are. */
export async function QuestionEnd(props: {
  answers: WrittenAnswerToScore[];
  tally: WrittenTally;
  at: (target?: { answer: string } | 'done') => string;
}) {
  const { answers, tally, at } = props;
  const t = await getTranslations('WrittenScoring');
  if (!answers.length) return <p>{t('empty')}</p>;
  const firstUnscored = answers.find((answer) => awaitsScore(answer.status));
  return (
    <section aria-labelledby="question-end" className={styles.answerCard}>
      <h2 id="question-end">
        {firstUnscored ? t('endSomeLeft', { count: tally.toScore }) : t('endAllScored', { count: tally.answers })}
      </h2>
      <p className={styles.pager}>
        {firstUnscored && (
          <Link href={at({ answer: firstUnscored.attemptId })} className="button">
            {t('firstUnscored')}
          </Link>
        )}
        <Link
          href={at({ answer: answers[answers.length - 1]!.attemptId })}
          rel="prev"
          className="button button-secondary"
        >
          {t('previous')}
        </Link>
      </p>
    </section>
  );
}
