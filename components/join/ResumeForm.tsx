'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { forgetOfflineLearner } from '@/lib/offline/service-worker-client';
import { IDLE, keptValueOf, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

export function ResumeForm({ resume }: { resume: FormAction }) {
  const t = useTranslations('Resume');
  const [state, action, pending] = useActionState(resume, IDLE);
  // Someone signs in on this browser: the last learner's offline copies go first.
  return (
    <form action={action} onSubmit={forgetOfflineLearner} className={styles.form} noValidate>
      <Field
        name="code"
        label={t('code')}
        autoComplete="off"
        maxLength={12}
        required
        defaultValue={keptValueOf(state, 'code')}
      />
      <Field
        name="resumeCode"
        label={t('resumeCode')}
        autoComplete="off"
        maxLength={12}
        required
        defaultValue={keptValueOf(state, 'resumeCode')}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('submit')}
      </button>
      <FormMessage tone="error" message={state.status === 'error' ? state.message : undefined} />
    </form>
  );
}
