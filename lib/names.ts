import { withoutInvisible } from './plain-text';

// A student's name is typed by the student or pasted by the teacher, then shown beside their classmates' names: it is
// normalized and cleaned of what shows nothing, and must have a letter. Look-alikes: lib/name-skeleton.ts.

// Besides the invisible characters of any text: controls, and the blank Braille pattern U+2800, which shows as space.
const BLANK = /[\p{Cc}\u2800]/gu;

/** A typed name as it is stored: NFKC, without invisible or blank characters, spaces collapsed and trimmed. */
export function cleanName(name: string): string {
  return withoutInvisible(name.normalize('NFKC')).replace(BLANK, '').replace(/\s+/g, ' ').trim();
}

/** Whether a cleaned name has something to read: at least one letter. */
export function hasLetter(name: string): boolean {
  return /\p{L}/u.test(name);
}
