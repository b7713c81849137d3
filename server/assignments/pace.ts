import 'server-only';
import { db } from '../db/client';
import type { ChannelWatcher } from '../db/notifications';

/** The one channel of teacher-paced assignments; each payload is `<assignment id>:<opened section>`. */
export const PACE_CHANNEL = 'fuente_pace';

/**
 * Opens the sections up to `section` (0-based) of the teacher-paced assignment of this lesson in this teacher's class.
 * Opening is idempotent and never closes a section (GREATEST): a double click or two of the teacher's tabs cannot
 * skip one. The NOTIFY is in the same statement, so it is sent when the update commits and not otherwise: a page that
 * hears of a section can read it. Returns the sections now opened, or null when there is no such assignment.
 */
export async function openSection(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  section: number,
): Promise<number | null> {
  const rows = await db().prisma.$queryRaw<Array<{ openedSection: number }>>`
    WITH opened AS (
      UPDATE "Assignment" AS a
      SET "openedSection" = GREATEST(a."openedSection", ${section}::smallint), "updatedAt" = CURRENT_TIMESTAMP
      FROM "Class" AS c
      WHERE a."classId" = ${classId}::uuid AND a."lessonSlug" = ${lessonSlug} AND a."pacing" = 'teacher'
        AND c."id" = a."classId" AND c."teacherId" = ${teacherId}::uuid
      RETURNING a."id", a."openedSection"
    )
    SELECT opened."openedSection"
    FROM opened, LATERAL (SELECT pg_notify(${PACE_CHANNEL}, opened."id"::text || ':' || opened."openedSection")) AS sent`;
  return rows[0]?.openedSection ?? null;
}

/** What a page following an assignment hears: each section the teacher opens, and that the channel went down. */
export type PaceWatcher = { opened(section: number): void; down(): void };

/**
 * Follows one assignment's opened section on this process's listening session. Resolves once listening with the
 * unsubscribe, or null when the database cannot be heard now.
 */
export function watchPace(assignmentId: string, watcher: PaceWatcher): Promise<(() => void) | null> {
  const prefix = `${assignmentId}:`;
  const channelWatcher: ChannelWatcher = {
    message(payload) {
      if (!payload.startsWith(prefix)) return;
      const section = Number(payload.slice(prefix.length));
      if (Number.isInteger(section) && section >= 0) watcher.opened(section);
    },
    down: () => watcher.down(),
  };
  return db().notifications.listen(PACE_CHANNEL, channelWatcher);
}

/** The teacher-paced assignment of this lesson in the learner's class, or null (a guest, another pacing, none). */
export async function pacedAssignmentOf(
  learnerId: string,
  lessonSlug: string,
): Promise<{ id: string; openedSection: number } | null> {
  const learner = await db().prisma.learner.findUnique({
    where: { id: learnerId },
    select: {
      class: {
        select: {
          assignments: { where: { lessonSlug, pacing: 'teacher' }, select: { id: true, openedSection: true } },
        },
      },
    },
  });
  return learner?.class?.assignments[0] ?? null;
}
