import { randomBytes } from 'node:crypto';
import { openDatabase, type Database, type DatabaseOptions } from '../db/client';
import { applyMigrations, readMigrations } from '../db/migrator';
import { withPgConnection } from '../db/sql-connection';

/** The PostgreSQL server that tests use, if any: TEST_DATABASE_URL, else DATABASE_URL, else embedded PGlite. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export type TestDatabase = Database & { name: string; url?: string; drop(): Promise<void> };

/** `serverUrl` with its database name replaced by `name`. */
function onDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A brand-new, empty database of its own: a fresh PostgreSQL database, or PGlite in memory. With
 * TEST_DATABASE_DIRECT_URL too, the test server URL is a pooler (CI's PgBouncer pass): the app's queries go through
 * it, and creating, migrating and dropping the database go straight to PostgreSQL.
 */
export async function createTestDatabase(options: DatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const database = openDatabase({ inMemory: true }, options);
    return { ...database, name: 'memory', drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_DIRECT_URL || serverUrl;
  const name = `fuente_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withPgConnection(adminUrl, (admin) => admin.exec(`CREATE DATABASE "${name}"`));
  const url = new URL(onDatabase(serverUrl, name));
  const database = openDatabase({ databaseUrl: url.toString(), directUrl: onDatabase(adminUrl, name) }, options);
  return {
    ...database,
    name,
    url: url.toString(),
    async drop() {
      await database.close();
      await withPgConnection(adminUrl, (admin) => admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** A fresh database with every migration applied, installed as the one `db()` returns. */
export async function createAppTestDatabase(options: DatabaseOptions = {}): Promise<TestDatabase> {
  const database = await createTestDatabase(options);
  await database.withConnection((session) => applyMigrations(session, readMigrations()));
  (globalThis as typeof globalThis & { fuenteDatabase?: Database }).fuenteDatabase = database;
  return database;
}
