'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/FormMessage';
import { IDLE, type FormAction } from '@/lib/action-result';
import forms from '@/components/forms/Forms.module.css';
import styles from './Teacher.module.css';

type Props = { classId: string; learnerId: string; issue: FormAction<{ code?: string }>; submitLabel: string };

/** Issues a student a new personal code and shows it here (the class page itself never shows codes). */
export function NewResumeCodeForm({ classId, learnerId, issue, submitLabel }: Props) {
  const [state, action, pending] = useActionState(issue, IDLE);
  return (
    <form action={action} className={forms.inline}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="learnerId" value={learnerId} />
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage tone="error" message={state.status === 'error' ? state.message : undefined} />
      <div role="status" className={styles.issuedCode}>
        {state.status === 'ok' && state.code && (
          <>
            <p>{state.message}</p>
            <code translate="no">{state.code}</code>
          </>
        )}
      </div>
    </form>
  );
}
