import { getTranslations } from 'next-intl/server';
import type { RetakeSummary } from '@/lib/dashboard/attempt-records';
import styles from '../Teacher.module.css';

/** The quizzes taken more than once: each attempt's percentage in order, and the change from first to last. */
export async function RetakesSummary({ retakes }: { retakes: RetakeSummary[] }) {
  const t = await getTranslations('StudentAnswers');
  return (
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
  );
}
