import { getTranslations } from 'next-intl/server';
import type { ItemForScoring } from '@/lib/dashboard/written-scoring';
import styles from './WrittenScoring.module.css';

/** Sample answers at each level with why they earn it, so that two teachers score the same answer alike. */
export async function CalibrationSet({ item }: { item: ItemForScoring }) {
  const t = await getTranslations('WrittenScoring');
  return (
    <details className={styles.calibration}>
      <summary>{t('calibration', { count: item.calibration.length })}</summary>
      <p>{t('calibrationHelp')}</p>
      <ol>
        {item.calibration.map((sample, index) => (
          <li key={index}>
            <p className={styles.smallHeading}>
              {t('levelOption', { number: sample.level, label: item.rubric[sample.level - 1]?.label ?? '' })}
            </p>
            <blockquote className={styles.studentText}>{sample.answer || t('calibrationBlank')}</blockquote>
            <p className={styles.meta}>
              {sample.picks.length ? t('calibrationPicked', { sentences: sample.picks.join(' · ') }) : t('noEvidence')}
            </p>
            <p>{sample.why}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
