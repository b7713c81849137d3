import 'server-only';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { serverSecret } from '../auth/secret';

// A family link's token: the link's id (16 bytes) and its expiry (seconds since 1970, 4 bytes), then an HMAC-SHA256 of
// both under a key derived from the server's secret, base64url: 70 characters. Nothing secret is stored: the row keeps
// the id and expiry, and the token can be made again from them (the teacher's list of links shows it).

const ID_BYTES = 16;
const EXPIRY_BYTES = 4;
const MAC_BYTES = 32;
const PAYLOAD_BYTES = ID_BYTES + EXPIRY_BYTES;
export const FAMILY_TOKEN_FORMAT = /^[A-Za-z0-9_-]{70}$/;

export type FamilyTokenClaims = { linkId: string; expiresAt: Date };

function key(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'fuente', 'family-link-token', 32));
}

function mac(payload: Buffer, secret: Buffer): Buffer {
  return createHmac('sha256', key(secret)).update(payload).digest();
}

/** The token for a link; its expiry is kept to the second (the row's expiry is stored the same way). */
export function signFamilyToken({ linkId, expiresAt }: FamilyTokenClaims, secret = serverSecret()): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  Buffer.from(linkId.replaceAll('-', ''), 'hex').copy(payload, 0);
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), ID_BYTES);
  return Buffer.concat([payload, mac(payload, secret)]).toString('base64url');
}

/**
 * The link id and expiry a token carries, when its signature is ours and it has not expired at `now`; null for
 * anything else (a tampered, truncated or expired token), without saying which.
 */
export function verifyFamilyToken(token: string, now = new Date(), secret = serverSecret()): FamilyTokenClaims | null {
  if (!FAMILY_TOKEN_FORMAT.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  // The last character carries two spare bits: only the one spelling the encoder makes is the token.
  if (bytes.length !== PAYLOAD_BYTES + MAC_BYTES || bytes.toString('base64url') !== token) return null;
  const payload = bytes.subarray(0, PAYLOAD_BYTES);
  if (!timingSafeEqual(bytes.subarray(PAYLOAD_BYTES), mac(payload, secret))) return null;
  const expiresAt = new Date(payload.readUInt32BE(ID_BYTES) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  const hex = payload.subarray(0, ID_BYTES).toString('hex');
  const linkId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { linkId, expiresAt };
}

/** An expiry as the token holds it: whole seconds. */
export function tokenExpiry(expiresAt: Date): Date {
  return new Date(Math.floor(expiresAt.getTime() / 1000) * 1000);
}
