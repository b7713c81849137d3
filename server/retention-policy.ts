import 'server-only';
import { env } from './env';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long each kind of data is kept, in days; the purge (server/retention.ts) and the privacy page read these. */
export type RetentionPolicy = {
  /** A learner's session ends after this many days without a visit. */
  learnerIdleDays: number;
  /** A learner's session ends this many days after sign-in, however active (a new sign-in uses the resume code). */
  learnerMaxDays: number;
  /** A guest (no class) and their work are deleted this many days after their last visit. */
  guestDays: number;
  /** An archived class, its students and their work are deleted this many days after archiving. */
  archivedClassDays: number;
  /** Throttle counters (client addresses, emails typed at sign-in) are deleted after one day. */
  throttleDays: 1;
  /** The mark of a teacher who signed in from a browser (server/auth/known-browser.ts) lasts this many days there. */
  knownTeacherBrowserDays: 30;
  /** Teacher sessions: 2 hours without activity, 12 hours at most (server/auth/teacher-sessions.ts). */
  teacherIdleHours: 2;
  teacherMaxHours: 12;
};

/** The periods in force, from the environment's settings or their school-friendly defaults. */
export function retentionPolicy(): RetentionPolicy {
  const settings = env();
  return {
    learnerIdleDays: settings.FUENTE_LEARNER_IDLE_DAYS,
    learnerMaxDays: settings.FUENTE_LEARNER_MAX_DAYS,
    guestDays: settings.FUENTE_GUEST_DAYS,
    archivedClassDays: settings.FUENTE_ARCHIVED_CLASS_DAYS,
    throttleDays: 1,
    knownTeacherBrowserDays: 30,
    teacherIdleHours: 2,
    teacherMaxHours: 12,
  };
}

/** The moment `days` days before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
