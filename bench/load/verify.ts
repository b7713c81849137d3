// "Nothing lost": after the app has stopped, reads the database directly and checks that every acknowledged save is
// stored exactly once (the last acknowledged save of each item is the stored row, with its saveId) and that every
// acknowledged submit left exactly one attempt with one stored score.
import { openDatabase } from '../../scripts/direct-database.mjs';
import type { AckedSave } from './student';

export type Target = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export type Verdict = {
  ackedSaves: number;
  /** Distinct (attempt, item) pairs with an acknowledged save: the rows that must exist. */
  expectedAnswers: number;
  storedAnswers: number;
  /** Expected rows that hold the last acknowledged save (same saveId and seq). */
  matchingAnswers: number;
  ackedSubmits: number;
  scoredAttempts: number;
  problems: string[];
};

/** Opens the database the app used (PGlite allows one process at a time: the app must have stopped). */
function connect(target: Target) {
  return openDatabase(target.kind === 'pglite' ? { FUENTE_DATA_DIR: target.dataDir } : { DATABASE_URL: target.url });
}

/** The last acknowledged save of each (attempt, item): saves of one student are sequential, so "last" is array order. */
function lastSaves(acked: AckedSave[]): Map<string, AckedSave> {
  const last = new Map<string, AckedSave>();
  for (const save of acked) last.set(`${save.attemptId}/${save.itemId}`, save);
  return last;
}

export async function verify(target: Target, acked: AckedSave[], submitted: string[]): Promise<Verdict> {
  const { query, close } = await connect(target);
  try {
    const expected = lastSaves(acked);
    const attemptIds = [...new Set([...acked.map((save) => save.attemptId), ...submitted])];
    const rows = await query<{ attemptId: string; itemId: string; saveId: string; seq: number }>(
      `SELECT "attemptId"::text, "itemId", "saveId"::text, "seq" FROM "QuizAnswer" WHERE "attemptId" = ANY($1::uuid[])`,
      [attemptIds],
    );
    const problems: string[] = [];
    let matching = 0;
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${row.attemptId}/${row.itemId}`;
      if (seen.has(key)) problems.push(`answer ${key} stored twice`);
      seen.add(key);
      const save = expected.get(key);
      if (!save) problems.push(`answer ${key} stored but never acknowledged`);
      else if (save.saveId === row.saveId && save.seq === row.seq) matching += 1;
      else
        problems.push(
          `answer ${key} holds save ${row.saveId} (seq ${row.seq}), not the last acknowledged ${save.saveId} (seq ${save.seq})`,
        );
    }
    for (const key of expected.keys()) if (!seen.has(key)) problems.push(`answer ${key} acknowledged but not stored`);

    const attempts = await query<{
      id: string;
      learnerId: string;
      quizId: string;
      status: string;
      pointsEarned: number | null;
      pointsPossible: number | null;
    }>(
      `SELECT "id"::text, "learnerId"::text, "quizId", "status", "pointsEarned", "pointsPossible" FROM "QuizAttempt" WHERE "id" = ANY($1::uuid[])`,
      [submitted],
    );
    const scored = attempts.filter(
      (attempt) => attempt.status === 'submitted' && attempt.pointsEarned !== null && attempt.pointsPossible !== null,
    );
    for (const id of submitted)
      if (!scored.some((attempt) => attempt.id === id))
        problems.push(`attempt ${id} submitted but has no stored score`);
    // One attempt per learner and quiz: the benchmark never retakes, so a second row would be a double start.
    const doubles = await query<{ learnerId: string; quizId: string; count: number }>(
      `SELECT "learnerId"::text, "quizId", count(*)::int AS count FROM "QuizAttempt"
       WHERE "learnerId" IN (SELECT "learnerId" FROM "QuizAttempt" WHERE "id" = ANY($1::uuid[]))
       GROUP BY 1, 2 HAVING count(*) > 1`,
      [attemptIds],
    );
    for (const row of doubles) problems.push(`learner ${row.learnerId} has ${row.count} attempts at ${row.quizId}`);

    return {
      ackedSaves: acked.length,
      expectedAnswers: expected.size,
      storedAnswers: rows.length,
      matchingAnswers: matching,
      ackedSubmits: submitted.length,
      scoredAttempts: scored.length,
      problems,
    };
  } finally {
    await close();
  }
}
