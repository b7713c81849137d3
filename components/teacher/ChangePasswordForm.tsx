'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/app/[locale]/teacher/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { IDLE } from '@/lib/form-state';
import styles from '@/components/forms/Forms.module.css';

export function ChangePasswordForm() {
  const t = useTranslations('Account');
  const tAuth = useTranslations('TeacherAuth');
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
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
