import { openDatabase } from '../../scripts/direct-database.mjs';

/**
 * A fingerprint of every stored row, for the fuzz test's "nothing changed" check. It reads the database directly
 * (PGlite: only while the app on that folder is stopped), so the app itself needs no test-only route.
 *
 * Left out on purpose: the rate-limit counters (AuthThrottle), which count rejected attempts by design, and when a
 * session was last seen, which every signed-in request refreshes.
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
  PasswordReset: [],
  Class: [],
  FamilyLink: [],
};

export type Fingerprint = Record<string, { rows: number; md5: string | null }>;

export async function databaseFingerprint(env: {
  DATABASE_URL?: string;
  FUENTE_DATA_DIR?: string;
}): Promise<Fingerprint> {
  const database = await openDatabase(env);
  try {
    const fingerprint: Fingerprint = {};
    for (const [table, ignored] of Object.entries(TABLES)) {
      // Table and column names come from the constant above.
      const row = ignored.map((column) => ` - '${column}'`).join('');
      const [result] = await database.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS "rows", md5(string_agg((to_jsonb(t)${row})::text, ',' ORDER BY (to_jsonb(t)${row})::text)) AS "md5" FROM "${table}" t`,
      );
      fingerprint[table] = result!;
    }
    return fingerprint;
  } finally {
    await database.close();
  }
}
