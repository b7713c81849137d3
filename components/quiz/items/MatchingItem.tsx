'use client';

import { useTranslations } from 'next-intl';
import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';
import { ItemQuote } from './ItemQuote';
import { MatchingChoices } from './MatchingChoices';
import { RowFeedback } from './RowFeedback';
import styles from '../Quiz.module.css';

type Props = {
  item: Extract<PublicItem, { type: 'matching' }>;
  saved: unknown;
  feedback?: ItemFeedback;
  headingId: string;
  lessonHref: string;
};

/**
 * Match each quotation (or person) to a speaker and/or organization with native selects, or radio groups when the
 * profile gives option tools (MatchingChoices): no dragging needed.
 */
export function MatchingItem({ item, saved, feedback, headingId, lessonHref }: Props) {
  const t = useTranslations('Quiz');
  const rows =
    (saved as { rows?: Record<string, { speaker?: string; organization?: string }> } | undefined)?.rows ?? {};
  return (
    <div className={styles.group}>
      <h2 className={styles.prompt} id={headingId} tabIndex={-1}>
        {item.prompt}
      </h2>
      {item.quote && <ItemQuote quote={item.quote} />}
      <ol className={styles.rows}>
        {item.rows.map((row, index) => (
          <li key={row.id} className={styles.row}>
            <div id={`${headingId}-row-${row.id}`}>
              {row.quote ? <ItemQuote quote={row.quote} /> : <strong>{row.person}</strong>}
            </div>
            <div className={styles.selects}>
              {item.fields.map((field) => (
                <MatchingChoices
                  key={field}
                  id={`${headingId}-${row.id}-${field}`}
                  name={`row.${row.id}.${field}`}
                  label={field === 'speaker' ? t('whoSaidIt') : t('whichOrganization')}
                  rowNumber={index + 1}
                  describedBy={`${headingId}-row-${row.id}`}
                  choices={field === 'speaker' ? item.speakers : item.organizations}
                  chosen={rows[row.id]?.[field]}
                />
              ))}
            </div>
            <RowFeedback feedback={feedback} rowId={row.id} lessonHref={lessonHref} />
          </li>
        ))}
      </ol>
    </div>
  );
}
