'use client';

import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, keptValueOf, type FormAction } from '@/lib/action-result';
import forms from '@/components/forms/Forms.module.css';
import styles from './RosterTools.module.css';

type Props = {
  classId: string;
  paste: FormAction;
  labels: { field: string; hint: string; submit: string };
};

/** The pasted names; a refusal keeps them in the box, with the reason tied to it. A success goes to the code cards. */
export function RosterPasteForm({ classId, paste, labels }: Props) {
  const [state, action, pending] = useActionState(paste, IDLE);
  const id = useId();
  const error = fieldErrorsOf(state).names;
  return (
    <form action={action} className={forms.form}>
      <input type="hidden" name="classId" value={classId} />
      <div className={`${forms.field} ${styles.field}`}>
        <label htmlFor={`${id}-names`}>{labels.field}</label>
        <p id={`${id}-hint`} className={forms.hint}>
          {labels.hint}
        </p>
        <textarea
          id={`${id}-names`}
          name="names"
          rows={8}
          required
          dir="auto"
          defaultValue={keptValueOf(state, 'names')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        {error && (
          <p id={`${id}-error`} className={forms.error}>
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
      <FormMessage tone="error" message={state.status === 'error' && !error ? state.message : undefined} />
    </form>
  );
}
