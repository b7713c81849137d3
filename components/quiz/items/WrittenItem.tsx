'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { WrittenResponse } from '@/lib/grading/responses';
import type { PublicItem } from '@/lib/quiz/public-item';
import {
  MAX_EVIDENCE_PICKS,
  MAX_WRITTEN_CHARACTERS,
  MIN_EVIDENCE_PICKS,
  writtenLength,
} from '@/content/written-limits';
import { ItemQuote, TranslatedQuoteTag } from './ItemQuote';
import { ListenToPrompt } from './ListenToPrompt';
import styles from '../Quiz.module.css';

type Props = { item: Extract<PublicItem, { type: 'written' }>; saved: unknown; headingId: string };

const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;

/**
 * A written answer: one to three supporting sentences from the article, one to three sentences of the student's own,
 * and the language they write in (either, whatever the page's language). Their teacher scores it against a rubric.
 */
export function WrittenItem({ item, saved, headingId }: Props) {
  const t = useTranslations('Quiz.written');
  const tQuiz = useTranslations('Quiz');
  const locale = useLocale();
  const answer = saved as WrittenResponse | undefined;
  const [length, setLength] = useState(() => writtenLength(answer?.text ?? ''));
  const [picked, setPicked] = useState(() => new Set(answer?.evidence ?? []));
  const writtenIn = answer?.language ?? locale;
  const ids = { answer: `${headingId}-answer`, counter: `${headingId}-counter` };

  return (
    <fieldset className={styles.group}>
      <legend className={styles.prompt} id={headingId} tabIndex={-1}>
        {item.prompt}
      </legend>
      <ListenToPrompt text={item.prompt} />
      {item.quote && <ItemQuote quote={item.quote} />}

      <fieldset className={styles.group}>
        <legend className={styles.subLegend}>
          {t('evidenceLegend', { min: MIN_EVIDENCE_PICKS, max: MAX_EVIDENCE_PICKS })}
        </legend>
        {item.choices.map((choice) => {
          const checked = picked.has(choice.sentenceId);
          return (
            <label key={choice.sentenceId} className={`${styles.option} ${styles.sentenceOption}`}>
              <input
                type="checkbox"
                name="evidence"
                value={choice.sentenceId}
                defaultChecked={checked}
                // With JavaScript, a fourth pick is prevented; without it, the server refuses it with a message.
                disabled={!checked && picked.size >= MAX_EVIDENCE_PICKS}
                onChange={(event) => {
                  const next = new Set(picked);
                  if (event.target.checked) next.add(choice.sentenceId);
                  else next.delete(choice.sentenceId);
                  setPicked(next);
                }}
              />
              <span>
                <span className={styles.paragraphTag}>{tQuiz('paragraphTag', { number: choice.paragraphNumber })}</span>{' '}
                {choice.text}
                <TranslatedQuoteTag quote={choice} />
              </span>
            </label>
          );
        })}
      </fieldset>

      <div className={styles.writtenField}>
        <label htmlFor={ids.answer} className={styles.subLegend}>
          {t('answerLabel')}
        </label>
        <textarea
          id={ids.answer}
          name="text"
          rows={5}
          maxLength={MAX_WRITTEN_CHARACTERS}
          defaultValue={answer?.text ?? ''}
          aria-describedby={ids.counter}
          dir="auto"
          onChange={(event) => setLength(writtenLength(event.target.value))}
        />
        <p id={ids.counter} className={styles.hint} data-full={length >= MAX_WRITTEN_CHARACTERS || undefined}>
          {t('counter', { count: length, max: MAX_WRITTEN_CHARACTERS })}
        </p>
      </div>

      <fieldset className={styles.languageChoice}>
        <legend className={styles.subLegend}>{t('languageLegend')}</legend>
        {LANGUAGES.map((language) => (
          <label key={language.code} className={styles.inlineChoice} lang={language.code}>
            <input type="radio" name="language" value={language.code} defaultChecked={writtenIn === language.code} />
            {language.name}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
