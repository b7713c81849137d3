// Limits of a written answer, shared by the content schema, the server's validation and the form's counter.

/** A written answer is one to three sentences: the form shows this limit as the student types. */
export const MAX_WRITTEN_CHARACTERS = 600;
/** The most sentences a student may pick as evidence for a written answer. */
export const MAX_EVIDENCE_PICKS = 3;

/** Characters as a person counts them (an emoji is one), which is what the form's counter shows. */
export function writtenLength(text: string): number {
  return [...text].length;
}
