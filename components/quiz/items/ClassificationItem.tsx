'use client';

import { useTranslations } from 'next-intl';
import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';
import { SupportedOption } from '../supports/SupportedOption';
import { RowFeedback } from './RowFeedback';
import styles from '../Quiz.module.css';

type Props = {
  item: Extract<PublicItem, { type: 'classification' }>;
  saved: unknown;
  feedback?: ItemFeedback;
  headingId: string;
  lessonHref: string;
};

const KINDS = ['quote', 'paraphrase', 'reporter'] as const;

/** Sort passages into direct quotation, paraphrase of a source, or the reporter's own words. */
export function ClassificationItem({ item, saved, feedback, headingId, lessonHref }: Props) {
  const t = useTranslations('Quiz');
  const rows = (saved as { rows?: Record<string, string> } | undefined)?.rows ?? {};
  return (
    <div className={styles.group}>
      <h2 className={styles.prompt} id={headingId} tabIndex={-1}>
        {item.prompt}
      </h2>
      <ol className={styles.rows}>
        {item.rows.map((row) => (
          <li key={row.id} className={styles.row}>
            <fieldset className={styles.kindGroup}>
              {/* The legend names the group, so it holds the words themselves (a figure inside would name it "Paragraph 5"). */}
              <legend className={styles.kindLegend}>
                <span className={styles.legendQuote}>{row.quote.text}</span>{' '}
                <span className={styles.paragraphTag}>{t('paragraphTag', { number: row.quote.paragraphNumber })}</span>
              </legend>
              {KINDS.map((kind, index) => (
                <SupportedOption key={kind} optionId={`${row.id}.${kind}`} number={index + 1} text={t(`kinds.${kind}`)}>
                  <label className={styles.option}>
                    <input type="radio" name={`row.${row.id}`} value={kind} defaultChecked={rows[row.id] === kind} />
                    <span>{t(`kinds.${kind}`)}</span>
                  </label>
                </SupportedOption>
              ))}
            </fieldset>
            <RowFeedback feedback={feedback} rowId={row.id} lessonHref={lessonHref} />
          </li>
        ))}
      </ol>
    </div>
  );
}
