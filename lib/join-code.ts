import { z } from 'zod';

/** Letters and digits that cannot be mistaken for one another: no 0/O, no 1/I/L. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A uniform random index below `size`, from Web Crypto (in Node and the browser alike); rejection avoids modulo bias. */
function randomIndex(size: number): number {
  const limit = Math.floor(0x1_0000_0000 / size) * size;
  const draw = new Uint32Array(1);
  do crypto.getRandomValues(draw);
  while (draw[0]! >= limit);
  return draw[0]! % size;
}

/** A random code from the unambiguous alphabet (join codes are 6 long, resume codes 8). */
export function randomCode(length: number): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)]).join('');
}

/** What a student typed, made comparable: upper case, without spaces or dashes. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether a normalized code could have been issued. */
export function isWellFormedCode(code: string, length: number): boolean {
  return code.length === length && [...code].every((character) => CODE_ALPHABET.includes(character));
}

/** A typed code as a form sends it: normalized, then refused unless it could have been issued. */
export const codeSchema = (length: number) =>
  z
    .string()
    .max(40)
    .transform(normalizeCode)
    .refine((code) => isWellFormedCode(code, length));

/** How long a class's previous join code still admits students after the teacher makes a new one. */
export const JOIN_CODE_GRACE_MINUTES = 10;
