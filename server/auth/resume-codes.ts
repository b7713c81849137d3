import 'server-only';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { isWellFormedCode, randomCode } from '@/lib/join-code';
import { serverSecret } from './secret';

export const RESUME_CODE_LENGTH = 8;

/** A new personal resume code. */
export function newResumeCode(): string {
  return randomCode(RESUME_CODE_LENGTH);
}

/**
 * What is stored of a resume code: an HMAC keyed with the server's secret, so that a copy of the database alone does
 * not let anyone try the ~40-bit codes offline.
 */
export function resumeCodeDigest(code: string): string {
  return createHmac('sha256', serverSecret()).update(`resume:${code}`).digest('hex');
}

/** The unsalted SHA-256 that earlier versions stored; accepted once at resume, then replaced by the HMAC. */
export function legacyResumeCodeDigest(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

// The code is also kept encrypted (AES-256-GCM) under a key derived from the same secret, so that it can be shown
// again: a copy of the database without the secret reveals no more than the HMAC does.
const SEAL_VERSION = 'v1';

function sealKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret(), 'fuente', 'resume-code-seal', 32));
}

/** The code encrypted for storage ("v1.<iv>.<tag>.<ciphertext>", base64url). */
export function sealResumeCode(code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return [SEAL_VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The code a sealed value holds, or null when it is missing, malformed or was sealed under another secret. */
export function openResumeCode(sealed: string | null | undefined): string | null {
  const [version, iv, tag, ciphertext] = sealed?.split('.') ?? [];
  if (version !== SEAL_VERSION || !iv || !tag || !ciphertext) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const code = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString();
    return isWellFormedCode(code, RESUME_CODE_LENGTH) ? code : null;
  } catch {
    return null;
  }
}

/** What a learner row stores of a new code: its HMAC for look-ups and its sealed copy for showing it again. */
export function storedResumeCode(code: string): { resumeCodeHash: string; resumeCodeSealed: string } {
  return { resumeCodeHash: resumeCodeDigest(code), resumeCodeSealed: sealResumeCode(code) };
}
