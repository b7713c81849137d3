'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

/** Sign in or sign up: email (filled in when the page knows it) and password, errors on the fields. */
export function TeacherAuthForm({
  mode,
  action: send,
  defaultEmail,
}: {
  mode: 'signin' | 'signup';
  action: FormAction;
  defaultEmail?: string;
}) {
  const t = useTranslations('TeacherAuth');
  const [state, action, pending] = useActionState(send, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <Field
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        defaultValue={defaultEmail}
        required
        error={errors.email}
      />
      <Field
        name="password"
        type="password"
        label={t('password')}
        hint={mode === 'signup' ? t('passwordHint') : undefined}
        autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
        minLength={mode === 'signup' ? 8 : undefined}
        required
        error={errors.password}
      />
      <button type="submit" className="button" disabled={pending}>
        {mode === 'signin' ? t('signIn') : t('signUp')}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'error' ? state.message : undefined}
      />
    </form>
  );
}
