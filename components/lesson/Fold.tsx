import type { ReactNode } from 'react';
import styles from './LessonPage.module.css';

type Props = { id: string; summary: string; open?: boolean; children: ReactNode };

/**
 * A block of the reading page folded under its heading, so that the article starts on the first screen: a plain
 * <details>, which opens and closes without JavaScript. The region keeps the heading's name whether open or not.
 */
export function Fold({ id, summary, open = false, children }: Props) {
  return (
    <section aria-labelledby={id} className={styles.fold}>
      <details open={open || undefined}>
        <summary className={styles.foldSummary}>
          <h2 id={id} className={styles.foldHeading}>
            {summary}
          </h2>
        </summary>
        <div className={styles.foldBody}>{children}</div>
      </details>
    </section>
  );
}
