import { getTranslations } from 'next-intl/server';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { Link } from '@/i18n/navigation';
import type { ItemForScoring, ScoringPlace, WrittenAnswerToScore, WrittenTally } from '@/lib/dashboard/written-scoring';
import { CalibrationSet } from './CalibrationSet';
import styles from './WrittenScoring.module.css';

type Props = {
  item: ItemForScoring;
  /** The question's tally, and the quiz's. */
  tally: WrittenTally;
  work: WrittenTally;
  hideNames: boolean;
  /** The answer on screen, if any: hiding or showing names stays on it. */
  answer: WrittenAnswerToScore | undefined;
  at: (target?: { answer: string } | 'done', changes?: Partial<ScoringPlace>) => string;
};

/** The question with its model answer and sample answers, how far its scoring is, and the names switch. */
export async function QuestionPanel({ item, tally, work, hideNames, answer, at }: Props) {
  const t = await getTranslations('WrittenScoring');
  const scored = tally.answers - tally.toScore;
  const progress = t('progress', { scored, total: tally.answers });
  return (
    <section aria-labelledby="written-prompt" className={styles.question}>
      <h2 id="written-prompt">
        {t('questionLink', { number: item.number })}: {item.prompt}
      </h2>
      <details>
        <summary>{t('modelAnswer')}</summary>
        <p>{item.modelAnswer}</p>
        <p className={styles.smallHeading}>{t('fullAnswerUses')}</p>
        <ul>
          {item.evidence.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </details>
      {item.calibration.length > 0 && <CalibrationSet item={item} />}
      <ProgressBar label={progress} value={scored} max={Math.max(1, tally.answers)} valueText={progress} />
      <p>{progress}</p>
      <p className={styles.meta}>{t('quizToScore', { count: work.toScore })}</p>
      <p>
        <Link href={at(answer ? { answer: answer.attemptId } : 'done', { hideNames: !hideNames })}>
          {hideNames ? t('showNames') : t('hideNames')}
        </Link>
      </p>
    </section>
  );
}
