'use client';

import { useTranslations } from 'next-intl';
import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';
import { ItemQuote } from './ItemQuote';
import { RowFeedback } from './RowFeedback';
import styles from '../Quiz.module.css';

type Props = {
  item: Extract<PublicItem, { type: 'matching' }>;
  saved: unknown;
  feedback?: ItemFeedback;
  headingId: string;
  lessonHref: string;
};

/** Match each quotation (or person) to a speaker and/or organization with native selects: no dragging needed. */
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
              {item.fields.map((field) => {
                const id = `${headingId}-${row.id}-${field}`;
                const choices = field === 'speaker' ? item.speakers : item.organizations;
                return (
                  <div key={field} className={styles.selectField}>
                    <label htmlFor={id}>
                      {field === 'speaker' ? t('whoSaidIt') : t('whichOrganization')}
                      <span className="visually-hidden"> ({index + 1})</span>
                    </label>
                    <select
                      id={id}
                      name={`row.${row.id}.${field}`}
                      defaultValue={rows[row.id]?.[field] ?? ''}
                      aria-describedby={`${headingId}-row-${row.id}`}
                    >
                      <option value="">{t('choose')}</option>
                      {choices.map((choice) => (
                        <option key={choice.id} value={choice.id}>
                          {choice.name}
                        </option>
                      ))}
                    </select>
                  </div>
                );
              })}
            </div>
            <RowFeedback feedback={feedback} rowId={row.id} lessonHref={lessonHref} />
          </li>
        ))}
      </ol>
    </div>
  );
}
