'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

export function ChangePasswordForm({ changePassword }: { changePassword: FormAction }) {
  const t = useTranslations('Account');
  const tAuth = useTranslations('TeacherAuth');
  const [state, action, pending] = useActionState(changePassword, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <Field
        name="current"
        type="password"
        label={t('current')}
        autoComplete="current-password"
        required
        error={errors.current}
      />
      <Field
        name="next"
        type="password"
        label={t('next')}
        hint={tAuth('passwordHint')}
        autoComplete="new-password"
        required
        error={errors.next}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('change')}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'idle' ? undefined : state.message}
      />
    </form>
  );
}
