import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database, type DatabaseOptions } from '../db/client';
import { applyMigrations, readMigrations } from '../db/migrator';
import { pgliteConnection, withPgConnection } from '../db/sql-connection';

/** The PostgreSQL server that tests use, if any: TEST_DATABASE_URL, else DATABASE_URL, else embedded PGlite. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export type TestDatabase = Database & { name: string; url?: string; drop(): Promise<void> };

/**
 * A migrated database that test databases are copied from: a PostgreSQL template database, or a PGlite dump file.
 * Plain data, so that Vitest can hand it from its global setup to every test file.
 */
export type TestDatabaseTemplate = { kind: 'postgres'; name: string } | { kind: 'pglite'; dumpFile: string };

/** `serverUrl` with its database name replaced by `name`. */
function onDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** With TEST_DATABASE_DIRECT_URL, the test server URL is a pooler: databases are made and dropped on this one. */
const adminUrlOf = (serverUrl: string) => process.env.TEST_DATABASE_DIRECT_URL || serverUrl;

const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

const dropPgDatabase = (adminUrl: string, name: string) =>
  withPgConnection(adminUrl, (admin) => admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

/**
 * A brand-new database of its own: a fresh PostgreSQL database, or PGlite in memory; empty, or a copy of `template`.
 * With TEST_DATABASE_DIRECT_URL too, the test server URL is a pooler (CI's PgBouncer pass): the app's queries go
 * through it, and creating, migrating and dropping the database go straight to PostgreSQL.
 */
export async function createTestDatabase(
  options: DatabaseOptions = {},
  template?: TestDatabaseTemplate,
): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const loadDataDir = template?.kind === 'pglite' ? new Blob([readFileSync(template.dumpFile)]) : undefined;
    const database = openDatabase({ inMemory: true, loadDataDir }, options);
    // PGlite starts on its first query: start it here, in the set-up hook, rather than in the file's first test.
    await database.withConnection((session) => session.query('SELECT 1'));
    return { ...database, name: 'memory', drop: () => database.close() };
  }
  const adminUrl = adminUrlOf(serverUrl);
  const name = uniqueName('fuente_test');
  const copy = template?.kind === 'postgres' ? ` TEMPLATE "${template.name}"` : '';
  await withPgConnection(adminUrl, (admin) => admin.exec(`CREATE DATABASE "${name}"${copy}`));
  const url = new URL(onDatabase(serverUrl, name));
  const database = openDatabase({ databaseUrl: url.toString(), directUrl: onDatabase(adminUrl, name) }, options);
  return {
    ...database,
    name,
    url: url.toString(),
    async drop() {
      await database.close();
      await dropPgDatabase(adminUrl, name);
    },
  };
}

/**
 * A database with every migration applied, installed as the one `db()` returns: a copy of `template` when given
 * (made by `createTestDatabaseTemplate`), otherwise a fresh one migrated here.
 */
export async function createAppTestDatabase(
  options: DatabaseOptions = {},
  template?: TestDatabaseTemplate,
): Promise<TestDatabase> {
  const database = await createTestDatabase(options, template);
  if (!template) await database.withConnection((session) => applyMigrations(session, readMigrations()));
  (globalThis as typeof globalThis & { fuenteDatabase?: Database }).fuenteDatabase = database;
  return database;
}

/**
 * Migrates a template once for a whole test run, on the server `createTestDatabase` uses: on PostgreSQL a
 * `fuente_tpl_…` database (copying it skips the migrations), on PGlite a dump of a migrated in-memory database
 * (loading it skips initdb, most of a new PGlite's start-up, as well as the migrations). `drop` removes it.
 */
export async function createTestDatabaseTemplate(): Promise<{ template: TestDatabaseTemplate; drop(): Promise<void> }> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const pglite = new PGlite();
    const dir = mkdtempSync(path.join(tmpdir(), 'fuente-pglite-template-'));
    const drop = async () => rmSync(dir, { recursive: true, force: true });
    try {
      await applyMigrations(pgliteConnection(pglite), readMigrations());
      const dumpFile = path.join(dir, 'migrated.tar');
      // Uncompressed: gunzipping 40 MB in every test file costs more than reading it from the page cache.
      writeFileSync(dumpFile, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
      return { template: { kind: 'pglite', dumpFile }, drop };
    } catch (error) {
      await drop();
      throw error;
    } finally {
      await pglite.close();
    }
  }
  const adminUrl = adminUrlOf(serverUrl);
  const name = uniqueName('fuente_tpl');
  const drop = () => dropPgDatabase(adminUrl, name);
  await withPgConnection(adminUrl, (admin) => admin.exec(`CREATE DATABASE "${name}"`));
  try {
    await withPgConnection(onDatabase(adminUrl, name), (session) => applyMigrations(session, readMigrations()));
  } catch (error) {
    await drop();
    throw error;
  }
  return { template: { kind: 'postgres', name }, drop };
}
