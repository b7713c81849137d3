'use client';

import { useTranslations } from 'next-intl';
import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';
import { SupportedOption } from '../supports/SupportedOption';
import { ItemQuote, TranslatedQuoteTag } from './ItemQuote';
import styles from '../Quiz.module.css';

type Props = {
  item: Extract<PublicItem, { type: 'evidence' }>;
  saved: unknown;
  feedback?: ItemFeedback;
  headingId: string;
};

/** Pick the sentence of the article that supports a statement; graded by sentence id. */
export function EvidenceItem({ item, saved, feedback, headingId }: Props) {
  const t = useTranslations('Quiz');
  const chosen = (saved as { sentenceId?: string } | undefined)?.sentenceId;
  const right = new Set(feedback?.correctOptionIds ?? []);
  return (
    <fieldset className={styles.group} aria-describedby={`${headingId}-hint`}>
      <legend className={styles.prompt} id={headingId} tabIndex={-1}>
        {item.prompt}
      </legend>
      {item.quote && <ItemQuote quote={item.quote} />}
      <p id={`${headingId}-hint`} className={styles.hint}>
        {t('evidenceHint')}
      </p>
      {item.choices.map((choice, index) => (
        <SupportedOption key={choice.sentenceId} optionId={choice.sentenceId} number={index + 1} text={choice.text}>
          <label
            className={`${styles.option} ${styles.sentenceOption}`}
            data-mark={
              feedback
                ? right.has(choice.sentenceId)
                  ? 'right'
                  : chosen === choice.sentenceId
                    ? 'wrong'
                    : undefined
                : undefined
            }
          >
            <input
              type="radio"
              name="sentenceId"
              value={choice.sentenceId}
              defaultChecked={chosen === choice.sentenceId}
            />
            <span>
              <span className={styles.paragraphTag}>{t('paragraphTag', { number: choice.paragraphNumber })}</span>{' '}
              {choice.text}
              <TranslatedQuoteTag quote={choice} />
            </span>
          </label>
        </SupportedOption>
      ))}
    </fieldset>
  );
}
