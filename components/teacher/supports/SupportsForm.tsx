'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import { EDITABLE_SUPPORTS, hasSetting, SUPPORT_SETTING } from '@/lib/supports/edit-form';
import { POLICIES } from '@/lib/supports/profile';
import styles from '@/components/forms/Forms.module.css';
import local from './Supports.module.css';
import { SettingOptions } from './SettingOptions';
import { SupportsSummary } from './SupportsSummary';
import type { SupportProfile } from '@/lib/supports/profile';

type Student = { id: string; displayName: string; profile: SupportProfile };
type Props = { classId: string; students: Student[]; preselected: string[]; action: FormAction };

/**
 * The students to change and, for each support, its availability and setting. Every list starts at "No change", so
 * one form serves one student, several, or the whole class without copying one student's supports onto another.
 */
export function SupportsForm({ classId, students, preselected, action: save }: Props) {
  const t = useTranslations('Supports');
  const locale = useLocale();
  const [state, action, pending] = useActionState(save, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="classId" value={classId} />
      <fieldset>
        <legend>{t('scope')}</legend>
        {(['selected', 'class'] as const).map((scope) => (
          <label key={scope} className={styles.checkbox}>
            <input type="radio" name="scope" value={scope} defaultChecked={scope === 'selected'} />
            {t(`scopes.${scope}`)}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={errors.students ? 'supports-students-error' : 'supports-students-hint'}>
        <legend>{t('who')}</legend>
        <p id="supports-students-hint" className={styles.hint}>
          {t('whoHint')}
        </p>
        <ul className={local.students}>
          {students.map((student) => (
            <li key={student.id}>
              <label className={styles.checkbox}>
                <input
                  type="checkbox"
                  name="students"
                  value={student.id}
                  defaultChecked={preselected.includes(student.id)}
                />
                {student.displayName}
              </label>
              <SupportsSummary profile={student.profile} />
              <a
                className={local.summary}
                href={`/${locale}/teacher/classes/${classId}/supports/${student.id}`}
                download
              >
                {t('import.download', { name: student.displayName })}
              </a>
            </li>
          ))}
        </ul>
        {errors.students && (
          <p id="supports-students-error" className={styles.error}>
            {errors.students}
          </p>
        )}
      </fieldset>
      <h2>{t('changesHeading')}</h2>
      <p className={styles.hint}>{t('changesHint')}</p>
      <p>{t('glossaryAlways')}</p>
      {EDITABLE_SUPPORTS.map((id) => {
        const setting = hasSetting(id) ? SUPPORT_SETTING[id] : null;
        return (
          <fieldset key={id} className={local.support}>
            <legend>{t(`names.${id}`)}</legend>
            <div className={styles.field}>
              <label htmlFor={`support-${id}-policy`}>{t('policy')}</label>
              <select id={`support-${id}-policy`} name={`${id}.policy`} defaultValue="">
                <option value="">{t('noChange')}</option>
                {POLICIES.map((policy) => (
                  <option key={policy} value={policy}>
                    {t(`policies.${policy}`)}
                  </option>
                ))}
              </select>
            </div>
            {setting && hasSetting(id) && (
              <div className={styles.field}>
                <label htmlFor={`support-${id}-setting`}>{t('value')}</label>
                <select id={`support-${id}-setting`} name={`${id}.${setting}`} defaultValue="">
                  <option value="">{t('noChange')}</option>
                  <SettingOptions id={id} />
                </select>
              </div>
            )}
          </fieldset>
        );
      })}
      <button type="submit" className="button" disabled={pending}>
        {t('save')}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'idle' ? undefined : state.message}
      />
    </form>
  );
}
