import { z } from 'zod';
import { DisplayNameSchema } from './account-rules';
import { nameSkeleton } from './name-skeleton';

// A roster pasted by the teacher: one name a line, from a spreadsheet column or a school system's export.

/** The most names one paste may add (a large class is 40). */
export const ROSTER_MAX_NAMES = 200;
/** The pasted text's limit: 200 names of 60 characters, with room for spaces and line ends. */
export const ROSTER_MAX_CHARACTERS = 16_000;

export const RosterTextSchema = z.string().max(ROSTER_MAX_CHARACTERS);

export type ParsedRoster =
  | {
      ok: true;
      /** The names to add, each once, in the pasted order. */
      names: string[];
      /** Names pasted more than once (the first one is kept). */
      repeated: string[];
    }
  | { ok: false; error: 'empty' | 'too-many' }
  | { ok: false; error: 'invalid'; lines: number[] };

/**
 * Reads a pasted roster: blank lines are skipped, each name is checked as a join checks it, and a name that comes
 * again (whatever its case, or as a look-alike: lib/names.ts) is added once. Any name that a join would refuse refuses the whole paste, with its line.
 */
export function parseRoster(text: string): ParsedRoster {
  const names: string[] = [];
  const repeated: string[] = [];
  const invalid: number[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = DisplayNameSchema.safeParse(line);
    if (!parsed.success) return invalid.push(index + 1);
    const key = nameSkeleton(parsed.data);
    if (seen.has(key)) return repeated.push(parsed.data);
    seen.add(key);
    names.push(parsed.data);
  });
  if (invalid.length > 0) return { ok: false, error: 'invalid', lines: invalid };
  if (names.length === 0) return { ok: false, error: 'empty' };
  if (names.length > ROSTER_MAX_NAMES) return { ok: false, error: 'too-many' };
  return { ok: true, names, repeated };
}
