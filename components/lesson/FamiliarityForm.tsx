'use client';

import { useActionState, useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { fieldErrorsOf, IDLE } from '@/lib/action-result';
import { FAMILIARITY_LEVELS, type FamiliarityLevel } from '@/lib/familiarity-levels';
import type { LessonActions } from './lesson-actions';
import styles from './FamiliarityForm.module.css';

type Props = {
  lessonSlug: string;
  savedLevel: FamiliarityLevel | null;
  save: LessonActions['saveFamiliarity'];
  /** What the form sits in; `answered` is true once a save has replied (without JavaScript: the page after the post). */
  frame?: (form: ReactNode, answered: boolean) => ReactNode;
};

/** A Server Action form: it posts without JavaScript and shows pending and saved states with it. */
export function FamiliarityForm({ lessonSlug, savedLevel, save, frame = (form) => form }: Props) {
  const t = useTranslations('Familiarity');
  const [state, formAction, pending] = useActionState(save, IDLE);
  const errorId = useId();
  const fieldError = fieldErrorsOf(state).level;
  const selected = state.status === 'ok' ? state.level : savedLevel;
  const status = state.status === 'idle' ? (savedLevel ? t('savedBefore') : '') : state.message;

  return frame(
    <form action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <fieldset className={styles.fieldset} aria-describedby={fieldError ? errorId : undefined}>
        <legend className={styles.legend}>{t('legend')}</legend>
        {FAMILIARITY_LEVELS.map((level) => (
          <label key={`${level}-${selected}`} className={styles.option}>
            <input type="radio" name="level" value={level} defaultChecked={level === selected} />
            {t(`levels.${level}`)}
          </label>
        ))}
        {fieldError && (
          <p id={errorId} className={styles.error}>
            {fieldError}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
      <p role="status" className={state.status === 'error' ? styles.error : styles.status}>
        {status}
      </p>
    </form>,
    state.status !== 'idle',
  );
}
