// What shows nothing on screen but still sits in a text: format characters (zero-width space and joiners, direction
// marks, the byte-order mark, tag characters) and the other default-ignorable code points (Hangul fillers such as
// U+3164, variation selectors). Pasted text brings them along from web pages and word processors.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** Whether a text starts with invisible characters or spaces before `rest` (used by the CSV guard). */
export const LEADING_INVISIBLE_OR_SPACE = /^[\s\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;

/**
 * A text without invisible characters; the line and paragraph separators U+2028 and U+2029 become line breaks.
 * Written answers and teachers' comments are stored this way (after lib/grading/responses.ts has refused the
 * controls and direction overrides that only a forged request sends), and names are built on it (lib/names.ts).
 */
export function withoutInvisible(text: string): string {
  return text.replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '');
}
