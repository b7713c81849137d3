'use client';

import { useTranslations } from 'next-intl';
import { SupportedOption } from '../supports/SupportedOption';
import { useQuizSupports } from '../supports/quiz-supports-context';
import styles from '../Quiz.module.css';

type Props = {
  /** The select's id, unique on the page. */
  id: string;
  /** The field's form name, `row.{rowId}.{field}`, as lib/quiz/form-response.ts reads it. */
  name: string;
  /** The field's own label ("Who said it?") and the row's number, for a screen reader moving between rows. */
  label: string;
  rowNumber: number;
  /** The element that shows the row's quotation or person. */
  describedBy: string;
  choices: readonly { id: string; name: string }[];
  chosen: string | undefined;
};

/**
 * One field of a matching row: a native select, or, when the student's profile gives option tools (masking, ruling
 * out, read-aloud), a radio group whose every choice carries them. A select's options cannot be hidden behind a
 * disclosure, struck through or given a button; the radios post the same name and value, so saving reads them alike.
 */
export function MatchingChoices({ id, name, label, rowNumber, describedBy, choices, chosen }: Props) {
  const t = useTranslations('Quiz');
  const { masking, elimination, readAloud } = useQuizSupports();
  if (masking || elimination || readAloud) {
    return (
      <fieldset className={styles.matchingGroup} aria-describedby={describedBy}>
        <legend>
          {label}
          <span className="visually-hidden"> ({rowNumber})</span>
        </legend>
        {choices.map((choice, index) => (
          <SupportedOption key={choice.id} optionId={`${name}.${choice.id}`} number={index + 1} text={choice.name}>
            <label className={styles.option}>
              <input type="radio" name={name} value={choice.id} defaultChecked={chosen === choice.id} />
              <span>{choice.name}</span>
            </label>
          </SupportedOption>
        ))}
      </fieldset>
    );
  }
  return (
    <div className={styles.selectField}>
      <label htmlFor={id}>
        {label}
        <span className="visually-hidden"> ({rowNumber})</span>
      </label>
      <select id={id} name={name} defaultValue={chosen ?? ''} aria-describedby={describedBy}>
        <option value="">{t('choose')}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}
