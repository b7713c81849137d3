'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

type Props = { classId: string; students: { id: string; displayName: string }[]; action: FormAction };

/** One student's supports from a PNP file another system exported; the answer lists what Fuente did not take. */
export function PnpImportForm({ classId, students, action: importFile }: Props) {
  const t = useTranslations('Supports.import');
  const [state, action, pending] = useActionState(importFile, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="classId" value={classId} />
      <p className={styles.hint}>{t('hint')}</p>
      <div className={styles.field}>
        <label htmlFor="pnp-student">{t('student')}</label>
        <select id="pnp-student" name="learnerId" dir="auto">
          {students.map((student) => (
            <option key={student.id} value={student.id}>
              {student.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="pnp-file">{t('file')}</label>
        <input
          id="pnp-file"
          name="pnp"
          type="file"
          accept=".xml,application/xml,text/xml"
          required
          aria-invalid={errors.pnp ? true : undefined}
          aria-describedby={errors.pnp ? 'pnp-file-error' : undefined}
        />
        {errors.pnp && (
          <p id="pnp-file-error" className={styles.error}>
            {errors.pnp}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t('submit')}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'idle' ? undefined : state.message}
      />
    </form>
  );
}
