import { percent } from '@/lib/percent';
import styles from './ProgressBar.module.css';

type Props = { label: string; value: number; max: number; valueText: string };

/** A thin bar with the progressbar role, so screen readers announce "3 of 10 paragraphs read". */
export function ProgressBar({ label, value, max, valueText }: Props) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      className={styles.track}
    >
      <div className={styles.fill} style={{ width: `${percent(value, max) ?? 0}%` }} />
    </div>
  );
}
