import type { ItemTypeName } from './public-item';

/**
 * Turns an item's form fields into the response object the server validates. The same fields are posted by
 * the form without JavaScript and read from the form by the autosave with it.
 */
export function responseFromForm(type: ItemTypeName, form: FormData): unknown {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  switch (type) {
    case 'single':
      return { optionId: text('optionId') };
    case 'multiple':
      return { optionIds: form.getAll('optionIds').filter((value): value is string => typeof value === 'string') };
    case 'truefalse': {
      const value = text('value');
      return { value: value === 'true' ? true : value === 'false' ? false : value };
    }
    case 'evidence':
      return { sentenceId: text('sentenceId') };
    case 'matching': {
      const rows: Record<string, { speaker?: string; organization?: string }> = {};
      for (const [name, value] of form.entries()) {
        const match = /^row\.([a-z0-9-]+)\.(speaker|organization)$/.exec(name);
        if (!match || typeof value !== 'string' || value === '') continue;
        rows[match[1]!] = { ...rows[match[1]!], [match[2]!]: value };
      }
      return { rows };
    }
    case 'classification': {
      const rows: Record<string, string> = {};
      for (const [name, value] of form.entries()) {
        const match = /^row\.([a-z0-9-]+)$/.exec(name);
        if (match && typeof value === 'string' && value !== '') rows[match[1]!] = value;
      }
      return { rows };
    }
    case 'written': {
      // A form posted without JavaScript sends a textarea's line breaks as CRLF; the same answer with it has LF.
      const value = form.get('text');
      return {
        text: typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '',
        evidence: form.getAll('evidence').filter((id): id is string => typeof id === 'string'),
        language: text('language'),
      };
    }
  }
}

/** Whether a response has anything in it worth saving (an untouched form is not an answer). */
export function hasAnswer(response: unknown): boolean {
  if (!response || typeof response !== 'object') return false;
  // A written answer always names a language: it is an answer once it has words or evidence.
  if ('text' in response) {
    const { text, evidence } = response as { text: string; evidence: string[] };
    return text.trim() !== '' || evidence.length > 0;
  }
  return Object.values(response).some((value) =>
    Array.isArray(value)
      ? value.length > 0
      : value && typeof value === 'object'
        ? Object.keys(value).length > 0
        : value !== undefined,
  );
}
