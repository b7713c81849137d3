import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { getLesson } from '../lessons';
import { getOrStartAttempt, saveAnswer } from '../quiz/attempts';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { createTestDatabase, testServerUrl, type TestDatabase } from '../testing/test-database';
import { applyMigrations, readMigrations } from './migrator';
import { withPgConnection, type SqlConnection } from './sql-connection';

// What the app needs from PgBouncer in transaction mode (docs/operators.md, "Scaling out"), in one file instead of a third pass
// of every database test. CI runs it behind the pooler:
//   DATABASE_URL=… node scripts/pgbouncer.mjs npx vitest run --project integration server/db/pooler-contract.integration.test.ts
// which sends the app's queries to the pooler (TEST_DATABASE_URL) and its sessions to the server
// (TEST_DATABASE_DIRECT_URL). On plain PostgreSQL and PGlite it checks the same contract without a pooler.

const directUrl = process.env.TEST_DATABASE_DIRECT_URL;
const pooled = Boolean(directUrl) && directUrl !== testServerUrl();
const onPostgres = Boolean(testServerUrl());

const database = setUpAppTestDatabase();

const backendPid = async (session: SqlConnection) =>
  (await session.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]!.pid;

/** The backends holding an advisory lock in the current database. */
const advisoryLockHolders = (session: SqlConnection) =>
  session.query<{ pid: number }>(
    `SELECT pid FROM pg_locks
     WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );

describe('behind a pooler in transaction mode', () => {
  it.skipIf(!pooled)(
    'really runs behind one: a client’s next transaction can get another server connection (pooler runs only)',
    async () => {
      await withPgConnection(database.url!, async (first) => {
        const before = await backendPid(first);
        await withPgConnection(database.url!, async (second) => {
          await second.exec('BEGIN');
          // PgBouncer hands out the server connection released last, which `first` has just given back.
          expect(await backendPid(second)).toBe(before);
          expect(await backendPid(first)).not.toBe(before);
          await second.exec('COMMIT');
        });
      });
    },
  );

  it('runs Prisma’s parameterized queries, many at once and in transactions, with the right answers', async () => {
    for (let round = 0; round < 3; round += 1) {
      const ids = (await Promise.all(Array.from({ length: 12 }, () => createAnonymousLearner()))).map(
        (l) => l.learnerId,
      );
      const found = await Promise.all(
        ids.map((id) => database.prisma.learner.findUnique({ where: { id }, select: { id: true } })),
      );
      expect(found.map((learner) => learner?.id)).toEqual(ids);
      const counted = await Promise.all(
        ids.map((id) =>
          database.prisma.$transaction(
            (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Learner" WHERE "id" = ${id}::uuid`,
          ),
        ),
      );
      expect(counted.map(([row]) => row?.n)).toEqual(ids.map(() => 1));
    }
  });

  it.skipIf(!onPostgres)(
    'prepares each statement once per connection on a direct connection, and never through the pooler',
    async () => {
      const prepared = await database.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 AS one`;
        return tx.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements WHERE name LIKE 'fuente_%'`;
      });
      // A name given through the pooler would be prepared on one server session and run on another.
      if (pooled) expect(prepared).toEqual([]);
      else expect(prepared.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('stores a retried answer save once when the retries arrive together', async () => {
    const lesson = getLesson('zero-tolerance')!;
    const { learnerId } = await createAnonymousLearner();
    const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
    // A written answer's Save: `check` forces it over a newer draft, so only its saveId tells a retry apart.
    const retry = {
      learnerId,
      attemptId: attempt.id,
      itemId: 'c-written-harms-children',
      response: { text: 'They are detained, which violates their rights.', evidence: [], language: 'en' },
      saveId: randomUUID(),
      seq: 1,
      check: true,
    };
    const results = await Promise.all(Array.from({ length: 8 }, () => saveAnswer(lesson, retry)));
    expect(results.map((result) => result.status).sort()).toEqual([...Array(7).fill('duplicate'), 'saved']);
    const stored = await database.prisma.quizAnswer.findMany({ where: { attemptId: attempt.id } });
    expect(stored).toMatchObject([{ itemId: retry.itemId, saveId: retry.saveId, seq: 1 }]);
  });

  it.skipIf(!onPostgres)(
    'keeps the migrator’s session and its advisory lock on one server connection (PostgreSQL only: PGlite has one session)',
    async () => {
      await database.withConnection(async (session) => {
        const pid = await backendPid(session);
        await session.query('SELECT pg_advisory_lock(1)');
        // The app's transaction takes the server connection released last; a session through the pooler would lose it.
        await database.prisma.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          expect(await backendPid(session)).toBe(pid);
          expect(await advisoryLockHolders(session)).toEqual([{ pid }]);
        });
        await session.query('SELECT pg_advisory_unlock(1)');
      });
      expect(await database.withConnection(advisoryLockHolders)).toEqual([]);
    },
  );
});

describe('the migrator on a fresh database behind the pooler', () => {
  let fresh: TestDatabase;
  beforeAll(async () => {
    fresh = await createTestDatabase();
  });
  afterAll(async () => {
    await fresh.drop();
  });

  it('applies each migration once when two starts race beside app traffic, and leaves no lock behind', async () => {
    const migrations = readMigrations();
    const migrate = () => fresh.withConnection((session) => applyMigrations(session, migrations));
    const traffic = () => Promise.all(Array.from({ length: 8 }, () => fresh.prisma.$queryRaw`SELECT 1`));
    const [first, second] = await Promise.all([migrate(), migrate(), traffic()]);
    expect([first, second].sort((a, b) => a.length - b.length)).toEqual([[], migrations.map((m) => m.name)]);
    const applied = await fresh.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "_prisma_migrations"`;
    expect(applied).toEqual([{ n: migrations.length }]);
    expect(await fresh.withConnection(advisoryLockHolders)).toEqual([]);
  });
});
