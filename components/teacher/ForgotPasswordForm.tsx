'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

/**
 * "Forgot password?": the account's email; the answer is the same whether or not it has an account. The page passes
 * its button's label, so that the PasswordReset messages stay on the server.
 */
export function ForgotPasswordForm({ action: send, submitLabel }: { action: FormAction; submitLabel: string }) {
  const tAuth = useTranslations('TeacherAuth');
  const [state, action, pending] = useActionState(send, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <Field name="email" type="email" label={tAuth('email')} autoComplete="email" required error={errors.email} />
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'idle' ? undefined : state.message}
      />
    </form>
  );
}
