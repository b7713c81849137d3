'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import { PASSWORD_MIN } from '@/lib/account-rules';
import styles from '@/components/forms/Forms.module.css';

/**
 * The new password, under the same rules as sign-up; the link's token travels with it. The page passes the field's and
 * the button's labels, so that the PasswordReset messages stay on the server.
 */
export function ResetPasswordForm({
  token,
  action: send,
  labels,
}: {
  token: string;
  action: FormAction;
  labels: { password: string; submit: string };
}) {
  const tAuth = useTranslations('TeacherAuth');
  const [state, action, pending] = useActionState(send, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        type="password"
        label={labels.password}
        hint={tAuth('passwordHint')}
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        required
        error={errors.password}
      />
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'error' ? state.message : undefined}
      />
    </form>
  );
}
