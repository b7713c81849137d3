import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** Only this hash of a token is stored, so a database leak does not hand out sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The hash a well-formed token is stored under; null for anything else, which then finds no session. */
export function storedTokenHash(token: string | undefined): string | null {
  return token && TOKEN_FORMAT.test(token) ? hashToken(token) : null;
}
