import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from './db';

/** 32 random bytes, base64url: 256 bits, well above the 128 the session design asks for. */
const TOKEN_BYTES = 32;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** Only this hash of a session token is stored, so a database leak does not hand out sessions. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates an anonymous learner and a session for it; returns the token to put in the cookie. */
export async function createAnonymousLearner(): Promise<{ learnerId: string; token: string }> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const learner = await db().prisma.learner.create({
    data: { sessions: { create: { tokenHash: hashSessionToken(token) } } },
    select: { id: true },
  });
  return { learnerId: learner.id, token };
}

/** The learner a session token belongs to, or null for a missing, malformed or unknown token. */
export async function findLearnerIdByToken(token: string | undefined): Promise<string | null> {
  if (!token || !TOKEN_FORMAT.test(token)) return null;
  const session = await db().prisma.learnerSession.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: { learnerId: true },
  });
  return session?.learnerId ?? null;
}
