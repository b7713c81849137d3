import 'server-only';
import { db } from '../db/client';
import { retentionPolicy } from '../retention-policy';
import { hashToken, newToken, storedTokenHash } from './tokens';

/** Creates an anonymous learner and a session for it; returns the token to put in the cookie. */
export async function createAnonymousLearner(): Promise<{ learnerId: string; token: string }> {
  const token = newToken();
  const learner = await db().prisma.learner.create({
    data: { sessions: { create: { tokenHash: hashToken(token) } } },
    select: { id: true },
  });
  return { learnerId: learner.id, token };
}

// Recording every request's time would write on every page view; an hour's precision is enough for days of idleness.
const LAST_SEEN_PRECISION_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The learner a session token belongs to, or null for a missing, malformed, unknown or expired token. A session ends
 * after FUENTE_LEARNER_IDLE_DAYS without a visit, FUENTE_LEARNER_MAX_DAYS after it began, and when the student's
 * class is archived (archiving also deletes the sessions, so unarchiving revives none).
 */
export async function findLearnerIdByToken(token: string | undefined, now: Date = new Date()): Promise<string | null> {
  const tokenHash = storedTokenHash(token);
  if (!tokenHash) return null;
  // SQL rather than Prisma's findFirst, which cost four times the CPU of the statement it sends: this runs for every
  // request of a signed-in student (bench/README.md, "The bell").
  const [session] = await db().prisma.$queryRaw<{ id: string; learnerId: string; createdAt: Date; lastSeenAt: Date }[]>`
    SELECT s."id", s."learnerId", s."createdAt", s."lastSeenAt"
    FROM "LearnerSession" s
    JOIN "Learner" l ON l."id" = s."learnerId"
    LEFT JOIN "Class" c ON c."id" = l."classId"
    WHERE s."tokenHash" = ${tokenHash} AND (l."classId" IS NULL OR c."archivedAt" IS NULL)
    LIMIT 1`;
  return session && (await keepSessionAlive(session, now)) ? session.learnerId : null;
}

/**
 * Whether a session found by its token is still valid: deletes it once idle or too old, and records the visit
 * otherwise (at most once an hour). For reads that find the session together with other rows, in one query.
 */
export async function keepSessionAlive(
  session: { id: string; createdAt: Date; lastSeenAt: Date },
  now: Date = new Date(),
): Promise<boolean> {
  const { learnerIdleDays, learnerMaxDays } = retentionPolicy();
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle > learnerIdleDays * DAY_MS || now.getTime() - session.createdAt.getTime() > learnerMaxDays * DAY_MS) {
    await db().prisma.learnerSession.deleteMany({ where: { id: session.id } });
    return false;
  }
  if (idle > LAST_SEEN_PRECISION_MS)
    await db().prisma.learnerSession.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  return true;
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
