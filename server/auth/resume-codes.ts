import 'server-only';
import { createHash, createHmac } from 'node:crypto';
import { randomCode } from '@/lib/join-code';
import { serverSecret } from './secret';

const RESUME_CODE_LENGTH = 8;

/** A new personal resume code, shown to the student once. */
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
