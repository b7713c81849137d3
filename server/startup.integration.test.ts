import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseConfigFromEnv, db, openDatabase, type Database } from './db/client';
import { ConfigError, parseEnv } from './env';
import { MigrationError, readMigrations } from './db/migrator';
import { exitOnStartupError, prepareServer } from './startup';
import { testServerUrl } from './testing/test-database';

// The PostgreSQL server of the test run, if any, read before DATABASE_URL is blanked below.
const postgresServer = testServerUrl();
// A data folder of our own: the server under test opens its embedded database there, as `npm start` would.
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'fuente-startup-')), 'data');
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv('FUENTE_DATA_DIR', dataDir);

const holder = globalThis as typeof globalThis & { fuenteDatabase?: Database };
const opened: Database[] = [];

beforeAll(() => {
  delete holder.fuenteDatabase;
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  for (const database of opened) await database.close().catch(() => {});
  delete holder.fuenteDatabase;
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** Installs a database as the app's, for prepareServer to use. */
function install(database: Database): Database {
  holder.fuenteDatabase = database;
  opened.push(database);
  return database;
}

describe('preparing the server', () => {
  it(
    'applies every migration to a fresh database once, and then finds the schema up to date',
    { timeout: 180_000 },
    async () => {
      install(openDatabase({ inMemory: true }));
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      await prepareServer();
      const names = readMigrations().map((migration) => migration.name);
      expect(names.length).toBeGreaterThan(3);
      expect(log.mock.calls).toEqual([[`Fuente: embedded PGlite at memory, applied ${names.join(', ')}`]]);
      expect(await db().prisma.teacher.count()).toBe(0); // the app's tables are there

      log.mockClear();
      await prepareServer();
      expect(log.mock.calls).toEqual([['Fuente: embedded PGlite at memory, schema up to date']]);
    },
  );

  it(
    'opens the embedded database in FUENTE_DATA_DIR by default, creating the folder, and keeps its data',
    { timeout: 180_000 },
    async () => {
      expect(databaseConfigFromEnv()).toEqual({ dataDir });
      delete holder.fuenteDatabase;
      expect(existsSync(dataDir)).toBe(false);
      const database = db();
      opened.push(database);
      expect(database).toMatchObject({ kind: 'pglite', location: path.resolve(dataDir) });
      expect(db()).toBe(database); // one database per process
      expect(existsSync(dataDir)).toBe(true);
      await database.withConnection((session) =>
        session.exec('CREATE TABLE kept (word text); INSERT INTO kept VALUES ($$still here$$);'),
      );
      await database.close();

      // A restart: the same folder, the data still there.
      const reopened = openDatabase({ dataDir });
      opened.push(reopened);
      expect(await reopened.withConnection((session) => session.query('SELECT word FROM kept'))).toEqual([
        { word: 'still here' },
      ]);
      await reopened.close();
    },
  );

  it('names DATABASE_URL and the reason when PostgreSQL cannot be reached', async () => {
    // Port 1 on this machine: nothing listens there.
    const unreachable = install(openDatabase({ databaseUrl: 'postgresql://fuente:secret@127.0.0.1:1/fuente' }));
    expect(unreachable).toMatchObject({ kind: 'postgres', location: '127.0.0.1:1/fuente' });
    const error = await prepareServer().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('DATABASE_URL cannot be reached: no PostgreSQL server is listening there');
    expect(openDatabase({ databaseUrl: 'postgres://db.internal/fuente' }).location).toBe('db.internal:5432/fuente');
  });

  it('takes DATABASE_DIRECT_URL and DATABASE_POOL_SIZE along with a DATABASE_URL', () => {
    const environment = parseEnv({
      DATABASE_URL: 'postgres://fuente@pooler.internal:6432/fuente',
      DATABASE_DIRECT_URL: 'postgres://fuente@db.internal:5432/fuente',
      DATABASE_POOL_SIZE: '20',
    });
    expect(databaseConfigFromEnv(environment)).toEqual({
      databaseUrl: 'postgres://fuente@pooler.internal:6432/fuente',
      directUrl: 'postgres://fuente@db.internal:5432/fuente',
      poolSize: 20,
    });
  });

  it.skipIf(!postgresServer)(
    'opens the dedicated migration session on the direct URL, never the pooled one',
    async () => {
      // Nothing listens on port 1: the session can only succeed on the direct URL.
      const database = install(
        openDatabase({ databaseUrl: 'postgresql://127.0.0.1:1/fuente', directUrl: postgresServer! }),
      );
      await expect(database.withConnection((session) => session.query('SELECT 1 AS one'))).resolves.toEqual([
        { one: 1 },
      ]);
    },
  );

  it.each([
    ['3D000', 'the database does not exist'],
    ['28P01', 'the password was refused'],
    [undefined, 'socket hang up'],
  ])('explains PostgreSQL error %s in words', async (code, reason) => {
    const failing: Database = {
      ...openDatabase({ databaseUrl: 'postgresql://127.0.0.1:1/fuente' }),
      withConnection: () => Promise.reject(Object.assign(new Error('socket hang up\nat some stack'), { code })),
    };
    install(failing);
    await expect(prepareServer()).rejects.toThrow(`DATABASE_URL cannot be reached: ${reason}`);
  });

  it('names FUENTE_DATA_DIR when the embedded database cannot be opened', async () => {
    const broken: Database = {
      kind: 'pglite',
      location: dataDir,
      prisma: null as never,
      withConnection: () => Promise.reject(new Error('Aborted(). Build with -sASSERTIONS')),
      notifications: null as never,
      close: async () => {},
    };
    install(broken);
    await expect(prepareServer()).rejects.toThrow(
      new ConfigError('FUENTE_DATA_DIR cannot be opened as an embedded database: Aborted(). Build with -sASSERTIONS'),
    );
  });
});

describe('a failed start', () => {
  it('prints one line and exits with a non-zero code', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    exitOnStartupError(new ConfigError('FUENTE_SECRET must be at least 32 characters'));
    exitOnStartupError(new MigrationError('migration 2 was edited after it was applied'));
    exitOnStartupError(new TypeError('boom'));
    exitOnStartupError('a string');
    expect(printed.mock.calls).toEqual([
      ['Fuente cannot start: FUENTE_SECRET must be at least 32 characters'],
      ['Fuente cannot start: migration 2 was edited after it was applied'],
      ['Fuente cannot start: unexpected startup failure: boom'],
      ['Fuente cannot start: unexpected startup failure: a string'],
    ]);
    expect(exit.mock.calls).toEqual([[1], [1], [1], [1]]);
  });
});
