// Limits of a written answer, shared by the content schema, the server's validation and the form's counter.

/** A written answer is one to three sentences: the form shows this limit as the student types. */
export const MAX_WRITTEN_CHARACTERS = 600;
/**
 * How many sentences of the article a written answer picks as its evidence: the picker says so, the rubrics expect
 * it, and the content check keeps the prompts from saying otherwise. A draft may have fewer; the server refuses more.
 */
export const MIN_EVIDENCE_PICKS = 1;
export const MAX_EVIDENCE_PICKS = 3;

/** Characters as a person counts them (an emoji is one), which is what the form's counter shows. */
export function writtenLength(text: string): number {
  return [...text].length;
}
