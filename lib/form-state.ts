/** What a form's Server Action returns: nothing yet, success, or a message with errors tied to fields. */
export type FormState =
  | { status: 'idle' }
  | { status: 'ok'; message?: string }
  | { status: 'error'; message: string; fieldErrors: Record<string, string> };

export const IDLE: FormState = { status: 'idle' };
