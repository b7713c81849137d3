import 'server-only';
import { db } from './db';
import { hashToken, newToken, TOKEN_FORMAT } from './tokens';

/** Creates an anonymous learner and a session for it; returns the token to put in the cookie. */
export async function createAnonymousLearner(): Promise<{ learnerId: string; token: string }> {
  const token = newToken();
  const learner = await db().prisma.learner.create({
    data: { sessions: { create: { tokenHash: hashToken(token) } } },
    select: { id: true },
  });
  return { learnerId: learner.id, token };
}

/**
 * The learner a session token belongs to, or null for a missing, malformed or unknown token. A student's session
 * ends when their class is archived.
 */
export async function findLearnerIdByToken(token: string | undefined): Promise<string | null> {
  if (!token || !TOKEN_FORMAT.test(token)) return null;
  const session = await db().prisma.learnerSession.findFirst({
    where: {
      tokenHash: hashToken(token),
      learner: { OR: [{ classId: null }, { class: { archivedAt: null } }] },
    },
    select: { learnerId: true },
  });
  return session?.learnerId ?? null;
}

/** Ends one learner session (sign out). */
export async function endLearnerSession(token: string): Promise<void> {
  await db().prisma.learnerSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Opens a new session for an existing learner and returns its token. */
export async function startLearnerSession(learnerId: string): Promise<string> {
  const token = newToken();
  await db().prisma.learnerSession.create({ data: { learnerId, tokenHash: hashToken(token) } });
  return token;
}
