'use client';

import { useTranslations } from 'next-intl';
import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';
import { SupportedOption } from '../supports/SupportedOption';
import { ItemQuote } from './ItemQuote';
import styles from '../Quiz.module.css';

type Props = {
  item: Extract<PublicItem, { type: 'single' | 'multiple' | 'truefalse' }>;
  saved: unknown;
  feedback?: ItemFeedback;
  headingId: string;
};

/** Single choice (radios), multiple select (checkboxes) and true/false (two radios). */
export function ChoiceItem({ item, saved, feedback, headingId }: Props) {
  const t = useTranslations('Quiz');
  const options =
    item.type === 'truefalse'
      ? [
          { id: 'true', text: t('true') },
          { id: 'false', text: t('false') },
        ]
      : item.options;
  const chosen = new Set(chosenIds(item.type, saved));
  const name = item.type === 'single' ? 'optionId' : item.type === 'multiple' ? 'optionIds' : 'value';
  const rightIds = item.type === 'truefalse' ? undefined : feedback?.correctOptionIds;

  return (
    <fieldset className={styles.group} aria-describedby={item.type === 'multiple' ? `${headingId}-hint` : undefined}>
      <legend className={styles.prompt} id={headingId} tabIndex={-1}>
        {item.prompt}
      </legend>
      {item.quote && <ItemQuote quote={item.quote} />}
      {item.type === 'multiple' && (
        <p id={`${headingId}-hint`} className={styles.hint}>
          {t('selectAll')}
        </p>
      )}
      {options.map((option, index) => {
        const mark = rightIds
          ? rightIds.includes(option.id)
            ? 'right'
            : chosen.has(option.id)
              ? 'wrong'
              : undefined
          : undefined;
        return (
          <SupportedOption key={option.id} optionId={option.id} number={index + 1} text={option.text}>
            <label className={styles.option} data-mark={mark}>
              <input
                type={item.type === 'multiple' ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                defaultChecked={chosen.has(option.id)}
              />
              <span>{option.text}</span>
            </label>
          </SupportedOption>
        );
      })}
    </fieldset>
  );
}

function chosenIds(type: 'single' | 'multiple' | 'truefalse', saved: unknown): string[] {
  if (!saved || typeof saved !== 'object') return [];
  const value = saved as { optionId?: string; optionIds?: string[]; value?: boolean };
  if (type === 'single') return value.optionId ? [value.optionId] : [];
  if (type === 'multiple') return value.optionIds ?? [];
  return typeof value.value === 'boolean' ? [String(value.value)] : [];
}
