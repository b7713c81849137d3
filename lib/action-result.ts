/** What a caller can act on when an action refuses; a form shows the message alone. */
export type ActionErrorCode = 'invalid' | 'not-found' | 'submitted' | 'not-open' | 'closed' | 'server';

/**
 * What every Server Action returns: nothing yet (a form's first state), success with the data the page shows next,
 * or a translated message with errors tied to fields.
 */
export type ActionResult<T extends object = object> =
  | { status: 'idle' }
  | ({ status: 'ok'; message?: string } & T)
  | {
      status: 'error';
      message: string;
      fieldErrors?: Record<string, string>;
      code?: ActionErrorCode;
      /** What was typed in the fields the action keeps (FormSpec `keep`), so that the form shows it again. */
      values?: Record<string, string>;
    };

/** What an action returns once it has run: success or a refusal (an `ActionResult` without a form's idle state). */
export type ActionReply<T extends object = object> = Exclude<ActionResult<T>, { status: 'idle' }>;

export const IDLE = { status: 'idle' } as const;

/** A form's Server Action, as a page hands it to a component for `useActionState`. */
export type FormAction<T extends object = object> = (
  previous: ActionResult<T>,
  formData: FormData,
) => Promise<ActionResult<T>>;

/** A form's Server Action that always ends in a redirect (the no-JavaScript quiz forms, the sign-out buttons). */
export type PostAction = (formData: FormData) => Promise<void>;

/** The messages tied to fields in a form's state, none unless it is an error. */
export function fieldErrorsOf(state: { status: string; fieldErrors?: Record<string, string> }): Record<string, string> {
  return (state.status === 'error' && state.fieldErrors) || {};
}

/** What was typed in a field, as a refused form's state gives it back (empty before a refusal). */
export function keptValueOf(state: { status: string; values?: Record<string, string> }, name: string): string {
  return (state.status === 'error' && state.values?.[name]) || '';
}
