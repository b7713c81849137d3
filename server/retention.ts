import 'server-only';
import { db } from './db/client';
import { daysBefore, retentionPolicy } from './retention-policy';
import { TEACHER_SESSION_ABSOLUTE_MS, TEACHER_SESSION_IDLE_MS } from './auth/teacher-sessions';

export type PurgeCounts = {
  learnerSessions: number;
  teacherSessions: number;
  guests: number;
  archivedClasses: number;
  throttleRows: number;
  resetLinks: number;
  familyLinks: number;
};

const PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** A guest with no quiz attempt is deleted this long after their last visit (the privacy page says so). */
const IDLE_GUEST_DAYS = 1;

/** Deletes everything the retention policy says has expired at `now`; returns how many rows of each kind went. */
export async function purgeExpiredData(now: Date = new Date()): Promise<PurgeCounts> {
  const policy = retentionPolicy();
  const { prisma } = db();
  const guestCutoff = daysBefore(now, policy.guestDays);
  // Guests go first: their sessions' last visits are the evidence, which the session purge below may remove.
  const guests = await prisma.learner.deleteMany({
    where: { classId: null, createdAt: { lt: guestCutoff }, sessions: { none: { lastSeenAt: { gte: guestCutoff } } } },
  });
  // A guest who never started a quiz holds at most a reading position: any cookie-less first write makes one, so a
  // flood of them (throttled: server/auth/throttle.ts) must not sit in the database for weeks.
  const idleCutoff = daysBefore(now, IDLE_GUEST_DAYS);
  const idleGuests = await prisma.learner.deleteMany({
    where: {
      classId: null,
      createdAt: { lt: idleCutoff },
      attempts: { none: {} },
      sessions: { none: { lastSeenAt: { gte: idleCutoff } } },
    },
  });
  const learnerSessions = await prisma.learnerSession.deleteMany({
    where: {
      OR: [
        { lastSeenAt: { lt: daysBefore(now, policy.learnerIdleDays) } },
        { createdAt: { lt: daysBefore(now, policy.learnerMaxDays) } },
      ],
    },
  });
  const teacherSessions = await prisma.teacherSession.deleteMany({
    where: {
      OR: [
        { lastSeenAt: { lt: new Date(now.getTime() - TEACHER_SESSION_IDLE_MS) } },
        { createdAt: { lt: new Date(now.getTime() - TEACHER_SESSION_ABSOLUTE_MS) } },
      ],
    },
  });
  const archivedClasses = await prisma.class.deleteMany({
    where: { archivedAt: { lt: daysBefore(now, policy.archivedClassDays) } },
  });
  const throttleRows = await prisma.authThrottle.deleteMany({
    where: { windowStart: { lt: daysBefore(now, policy.throttleDays) } },
  });
  // An e-mailed "Forgot password?" link that has expired can no longer do anything.
  const resetLinks = await prisma.passwordReset.deleteMany({ where: { expiresAt: { lte: now } } });
  // So is a family link that has expired or was revoked: the teacher's list shows only links that work.
  const familyLinks = await prisma.familyLink.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }] },
  });
  return {
    learnerSessions: learnerSessions.count,
    teacherSessions: teacherSessions.count,
    guests: guests.count + idleGuests.count,
    archivedClasses: archivedClasses.count,
    throttleRows: throttleRows.count,
    resetLinks: resetLinks.count,
    familyLinks: familyLinks.count,
  };
}

/** Counts as one log line, e.g. "learnerSessions=3 guests=1". */
export function describePurge(counts: PurgeCounts): string {
  return Object.entries(counts)
    .map(([kind, count]) => `${kind}=${count}`)
    .join(' ');
}

/** Runs the purge now and every hour in this server process; a failure is logged and retried at the next hour. */
export function schedulePurge(): void {
  const run = async () => {
    try {
      const counts = await purgeExpiredData();
      if (Object.values(counts).some((count) => count > 0))
        console.log(`Fuente: retention purge deleted ${describePurge(counts)}`);
    } catch (error) {
      console.error(`Fuente: retention purge failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void run();
  // unref: the timer alone must not keep a stopping process alive.
  setInterval(() => void run(), PURGE_INTERVAL_MS).unref();
}
