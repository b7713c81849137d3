'use client';

import { useActionState, useId, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { IDLE } from '@/lib/action-result';
import { FormMessage } from './FormMessage';
import styles from './Forms.module.css';

type Props = {
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  submitLabel: string;
  children?: ReactNode;
  danger?: boolean;
  inline?: boolean;
};

/** A small Server Action form with a pending state and one announced result message. */
export function ActionForm({ action, submitLabel, children, danger, inline }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const messageId = useId();
  return (
    <form
      action={formAction}
      className={inline ? styles.inline : styles.form}
      aria-describedby={state.status === 'error' ? messageId : undefined}
    >
      {children}
      <button type="submit" className={danger ? 'button button-danger' : 'button'} disabled={pending}>
        {submitLabel}
      </button>
      <span id={messageId}>
        <FormMessage
          tone={state.status === 'error' ? 'error' : 'ok'}
          message={state.status === 'idle' ? undefined : state.message}
        />
      </span>
    </form>
  );
}
