'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import { ClassSettingsFields } from './ClassSettingsFields';
import styles from '@/components/forms/Forms.module.css';

export function CreateClassForm({ createClass }: { createClass: FormAction }) {
  const t = useTranslations('TeacherHome');
  const [state, action, pending] = useActionState(createClass, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <Field name="name" label={t('name')} required maxLength={80} error={errors.name} />
      <ClassSettingsFields idPrefix="new-class" />
      <button type="submit" className="button" disabled={pending}>
        {t('create')}
      </button>
      <FormMessage tone="error" message={state.status === 'error' ? state.message : undefined} />
    </form>
  );
}
