import type { MessageKey } from './action-kit';

/**
 * The message under each field a zod error names, for the fields given one (`fieldMessages`); the others add
 * nothing but the form's summary. One rule for the forms' Server Actions and the JSON endpoints that stand in for them.
 */
export function failedFieldMessages(
  flattened: { fieldErrors: Record<string, unknown> },
  fieldMessages: Partial<Record<string, MessageKey>> = {},
): Record<string, MessageKey> {
  const fields: Record<string, MessageKey> = {};
  for (const name of Object.keys(flattened.fieldErrors)) {
    const key = fieldMessages[name];
    if (key) fields[name] = key;
  }
  return fields;
}
