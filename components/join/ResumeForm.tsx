'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { resumeAction } from '@/app/[locale]/join/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { IDLE } from '@/lib/form-state';
import styles from '@/components/forms/Forms.module.css';

export function ResumeForm() {
  const t = useTranslations('Resume');
  const [state, action, pending] = useActionState(resumeAction, IDLE);
  return (
    <form action={action} className={styles.form} noValidate>
      <Field name="code" label={t('code')} autoComplete="off" maxLength={12} required />
      <Field name="resumeCode" label={t('resumeCode')} autoComplete="off" maxLength={12} required />
      <button type="submit" className="button" disabled={pending}>
        {t('submit')}
      </button>
      <FormMessage tone="error" message={state.status === 'error' ? state.message : undefined} />
    </form>
  );
}
