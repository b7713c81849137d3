'use client';

import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { QuizListen } from './QuizListen';
import { useQuizSupports } from './quiz-supports-context';
import styles from '../Quiz.module.css';

type Props = {
  optionId: string;
  /** Its place in the list, from 1, for "Show option 2". */
  number: number;
  /** The words read aloud and named by the tools. */
  text: string;
  /** The option's own label and input. */
  children: ReactNode;
};

/**
 * One option of an item with the tools the student's profile gives: a listen button (the option marked while it is
 * read), a "Rule out" box that strikes the option through (CSS alone, so it works without JavaScript; never sent as an
 * answer), and answer masking, a disclosure per option that opens with the keyboard or a click, closed from the start
 * when masking is on, open when it is only offered.
 */
export function SupportedOption({ optionId, number, text, children }: Props) {
  const t = useTranslations('Quiz');
  const { readAloud, elimination, masking } = useQuizSupports();
  // Marked while it is read aloud, as the article's sentence is.
  const [read, setRead] = useState(false);
  // Ruling an option out changes no answer: the item's form must not autosave for it (QuizItemForm's onChange).
  const keepFromForm = (event: ChangeEvent<HTMLInputElement>) => event.stopPropagation();
  const row = (
    <div className={styles.optionRow} data-being-read={read || undefined}>
      {children}
      {(elimination || readAloud) && (
        <div className={styles.optionTools}>
          {elimination && (
            <label className={styles.ruleOut}>
              <input
                type="checkbox"
                name="ruledOut"
                value={optionId}
                onChange={keepFromForm}
                aria-label={t('ruleOut.name', { option: text })}
              />
              <span aria-hidden="true">{t('ruleOut.label')}</span>
            </label>
          )}
          <QuizListen
            text={text}
            label={t('listenTo.short')}
            name={t('listenTo.option', { option: text })}
            onSpeaking={setRead}
          />
        </div>
      )}
    </div>
  );
  if (!masking) return row;
  return (
    <details className={styles.masked} open={!masking.startHidden}>
      <summary>{t('showOption', { number })}</summary>
      {row}
    </details>
  );
}
