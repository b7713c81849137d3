'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

/** Deletes the teacher's account: their current password and a ticked confirmation, errors on the fields. */
export function DeleteAccountForm({ deleteAccount }: { deleteAccount: FormAction }) {
  const t = useTranslations('Account');
  const [state, action, pending] = useActionState(deleteAccount, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <Field
        name="password"
        id="delete-password"
        type="password"
        label={t('current')}
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <div className={styles.checkbox}>
        <input
          id="delete-confirm"
          name="confirm"
          type="checkbox"
          required
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={errors.confirm ? 'delete-confirm-error' : undefined}
        />
        <label htmlFor="delete-confirm">{t('deleteConfirm')}</label>
      </div>
      {errors.confirm && (
        <p id="delete-confirm-error" className={styles.error}>
          {errors.confirm}
        </p>
      )}
      <button type="submit" className="button button-danger" disabled={pending}>
        {t('delete')}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'idle' ? undefined : state.message}
      />
    </form>
  );
}
