import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, vi } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { applyMigrations, readMigrations } from '../db/migrator';
import { withPgConnection } from '../db/sql-connection';

/** The PostgreSQL server that tests use, if any: TEST_DATABASE_URL, else DATABASE_URL, else embedded PGlite. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export type TestDatabase = Database & { name: string; url?: string; drop(): Promise<void> };

/** A brand-new, empty database of its own: a fresh PostgreSQL database, or PGlite in memory. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const database = openDatabase({ inMemory: true });
    return { ...database, name: 'memory', drop: () => database.close() };
  }
  const name = `fuente_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withPgConnection(serverUrl, (admin) => admin.exec(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    name,
    url: url.toString(),
    async drop() {
      await database.close();
      await withPgConnection(serverUrl, (admin) => admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** A fresh database with every migration applied, installed as the one `db()` returns. */
export async function createAppTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await database.withConnection((session) => applyMigrations(session, readMigrations()));
  (globalThis as typeof globalThis & { fuenteDatabase?: Database }).fuenteDatabase = database;
  return database;
}

/**
 * For a database test file: a fresh migrated database made before its tests and dropped after them, with any
 * environment stubs undone. Its fields are there once `beforeAll` has run, that is inside tests and later hooks.
 */
export function setUpAppTestDatabase(): TestDatabase {
  const database = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(database, await createAppTestDatabase());
  });
  afterAll(async () => {
    await database.drop();
    vi.unstubAllEnvs();
  });
  return database;
}
