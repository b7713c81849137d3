'use client';

import { useActionState, useId } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import { toLocalInput } from '@/lib/time-zone';
import styles from '@/components/forms/Forms.module.css';

type Props = {
  classId: string;
  lessonSlug: string;
  learnerId: string;
  /** The student's extension as stored, or null. */
  extendedUntil: Date | null;
  timeZone: string;
  extend: FormAction;
};

/** One student's extension of the lesson's assignment: until when they may still work after it closes. */
export function ExtensionForm({ classId, lessonSlug, learnerId, extendedUntil, timeZone, extend }: Props) {
  const t = useTranslations('Assignment');
  const format = useFormatter();
  const [state, action, pending] = useActionState(extend, IDLE);
  const errors = fieldErrorsOf(state);
  const kept = state.status === 'error' ? state.values?.closesAt : undefined;
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={styles.panel}>
      <h2 id={titleId}>{t('extendTitle')}</h2>
      {extendedUntil && (
        <p>
          {t('extendedUntil', {
            date: format.dateTime(extendedUntil, { dateStyle: 'full', timeStyle: 'short', timeZone }),
          })}
        </p>
      )}
      <p className={styles.hint}>{t('extendIntro', { zone: timeZone })}</p>
      <form action={action} className={styles.form} noValidate key={extendedUntil?.toISOString() ?? 'none'}>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="lessonSlug" value={lessonSlug} />
        <input type="hidden" name="learnerId" value={learnerId} />
        <Field
          name="closesAt"
          id={`extend-${learnerId}`}
          type="datetime-local"
          label={t('extendUntil')}
          required
          defaultValue={kept ?? (extendedUntil ? toLocalInput(extendedUntil, timeZone) : '')}
          error={errors.closesAt}
        />
        <button type="submit" className="button" disabled={pending}>
          {t('extend')}
        </button>
        <FormMessage
          tone={state.status === 'error' ? 'error' : 'ok'}
          message={state.status === 'idle' ? undefined : state.message}
        />
      </form>
    </section>
  );
}
