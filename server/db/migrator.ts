import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlConnection } from './sql-connection';

/** The key Prisma's own `migrate deploy` locks, so that it and this migrator never run at the same time. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');

/** A migration that cannot be applied; the message names it. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export type MigrationFile = { name: string; sql: string; checksum: string };

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** The same table Prisma creates, so that `prisma migrate status|deploy` agree with what ran here. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Reads `<dir>/<timestamp>_<name>/migration.sql` in name order, as Prisma does. */
export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  // Migrations are read at run time from the checkout; nothing here needs bundling or tracing.
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies every pending migration, each in its own transaction, under Prisma's advisory lock.
 * Returns the names it applied (empty when the database was already up to date).
 */
export async function applyMigrations(session: SqlConnection, migrations: MigrationFile[]): Promise<string[]> {
  await session.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const pending = migrations.filter((migration) => {
      const row = applied.get(migration.name);
      if (!row) return true;
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${migration.name} failed or was interrupted earlier; fix the database, then mark it rolled back.`,
        );
      }
      if (row.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied; restore its migration.sql and add a new migration instead.`,
        );
      }
      return false;
    });
    for (const migration of pending) await applyOne(session, migration);
    return pending.map((migration) => migration.name);
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
  }
}

async function applyOne(session: SqlConnection, migration: MigrationFile): Promise<void> {
  const startedAt = new Date();
  await session.exec('BEGIN');
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} could not be applied: ${reason}`);
  }
}
