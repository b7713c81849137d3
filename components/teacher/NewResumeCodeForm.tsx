'use client';

import { useActionState } from 'react';
import { newResumeCodeAction, type NewCodeState } from '@/app/[locale]/teacher/classes/[classId]/actions';
import { FormMessage } from '@/components/forms/FormMessage';
import forms from '@/components/forms/Forms.module.css';
import styles from './Teacher.module.css';

const initial: NewCodeState = { status: 'idle' };

type Props = { classId: string; learnerId: string; submitLabel: string };

/** Issues a student a new personal code and shows it here, once (the page never shows it again). */
export function NewResumeCodeForm({ classId, learnerId, submitLabel }: Props) {
  const [state, action, pending] = useActionState(newResumeCodeAction, initial);
  return (
    <form action={action} className={forms.inline}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="learnerId" value={learnerId} />
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage tone="error" message={state.status === 'error' ? state.message : undefined} />
      <div role="status" className={styles.issuedCode}>
        {state.status === 'issued' && (
          <>
            <p>{state.message}</p>
            <code translate="no">{state.code}</code>
          </>
        )}
      </div>
    </form>
  );
}
