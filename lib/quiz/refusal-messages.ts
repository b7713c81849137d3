/** Error codes in an address after a form post without JavaScript, and the Quiz.errors message each one shows. */
export const REFUSAL_MESSAGES = {
  invalid: 'invalid',
  'not-found': 'notFound',
  submitted: 'submitted',
  'not-open': 'notOpen',
  closed: 'closed',
  server: 'server',
  submit: 'server',
} as const;

/** The message key for a code from an address; an unknown code (a hand-made address) says the answer was invalid. */
export const refusalMessage = (code: string) => REFUSAL_MESSAGES[code as keyof typeof REFUSAL_MESSAGES] ?? 'invalid';
