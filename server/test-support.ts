import 'server-only';
import { db } from './db';
import { env } from './env';

/**
 * A fingerprint of every stored row, for the fuzz test's "nothing changed" check (e2e/fuzz.spec.ts). Served only
 * when FUENTE_TEST_SUPPORT=1, which only the app that e2e/fuzz.spec.ts starts for itself sets.
 *
 * Left out on purpose: the sign-in/join rate-limit counters (AuthThrottle), which count rejected attempts by
 * design, and when a session was last seen, which every signed-in request refreshes.
 */
const TABLES: Record<string, string[]> = {
  Learner: [],
  LearnerSession: ['lastSeenAt'],
  TopicFamiliarity: [],
  ReadingProgress: [],
  ReadingPreference: [],
  QuizAttempt: [],
  QuizAnswer: [],
  Teacher: [],
  TeacherSession: ['lastSeenAt'],
  Class: [],
};

export function testSupportEnabled(): boolean {
  return env().FUENTE_TEST_SUPPORT === '1';
}

export async function databaseFingerprint(): Promise<Record<string, { rows: number; md5: string | null }>> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([table, ignored]) => {
      // Table and column names come from the constant above, never from a request.
      const row = ignored.map((column) => ` - '${column}'`).join('');
      const [result] = await db().prisma.$queryRawUnsafe<{ rows: number; md5: string | null }[]>(
        `SELECT count(*)::int AS "rows", md5(string_agg((to_jsonb(t)${row})::text, ',' ORDER BY (to_jsonb(t)${row})::text)) AS "md5" FROM "${table}" t`,
      );
      return [table, result!] as const;
    }),
  );
  return Object.fromEntries(entries);
}
