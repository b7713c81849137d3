import 'server-only';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/generated/prisma/client';
import { env, type Env } from '../env';
import { pgNotifications, pgliteNotifications, type Notifications } from './notifications';
import { pgliteConnection, withPgConnection, type SqlConnection } from './sql-connection';

export type DatabaseConfig =
  | {
      databaseUrl: string;
      /** For migrations when `databaseUrl` is a pooler in transaction mode; `databaseUrl` otherwise. */
      directUrl?: string;
      /** Connections kept open to PostgreSQL (node-postgres' default: 10). */
      poolSize?: number;
    }
  | { dataDir: string }
  /** `loadDataDir`: a PGlite dump (`dumpDataDir`) to start from, as the tests' migrated template. */
  | { inMemory: true; loadDataDir?: Blob };

export type Database = {
  kind: 'postgres' | 'pglite';
  /** Where the data lives, for log lines: the PostgreSQL host or the embedded data folder. */
  location: string;
  prisma: PrismaClient;
  /**
   * Runs `work` on one dedicated SQL session (on PostgreSQL a direct connection, never the pooler), one caller at a
   * time per process for PGlite.
   */
  withConnection<T>(work: (session: SqlConnection) => Promise<T>): Promise<T>;
  /** LISTEN/NOTIFY (on PostgreSQL through a direct connection of its own, opened at the first subscriber). */
  notifications: Notifications;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  /** Called with every SQL statement Prisma sends and its parameters (a JSON array): the query-plan test reads them. */
  onQuery?: (sql: string, params: string) => void;
};

const MAX_STATEMENT_NAMES = 2_000;
// Hashing every statement's text cost 2 % of a student's request: each name is made once.
const statementNames = new Map<string, string>();

/**
 * A name per SQL text, under which node-postgres prepares each statement once per connection: PostgreSQL then parses
 * it once, and after a few runs plans it once. Planning was 70 to 80 % of PostgreSQL's work for a student's state read
 * and answer save (bench/README.md, "The bell"). Names are used only on a direct connection: a pooler in transaction
 * mode hands a client another server session, where the name means nothing.
 */
export function statementName(query: { sql: string }): string {
  let name = statementNames.get(query.sql);
  if (!name) {
    name = `fuente_${createHash('sha256').update(query.sql).digest('base64url').slice(0, 24)}`;
    // The app writes a few hundred distinct statements; a bound keeps a runaway (a list of any length spelled out
    // as $1, $2, …) from growing the memo without end.
    if (statementNames.size >= MAX_STATEMENT_NAMES) statementNames.clear();
    statementNames.set(query.sql, name);
  }
  return name;
}

function prismaClient(adapter: PrismaPg | PrismaPGlite, { onQuery }: DatabaseOptions): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query, event.params));
  return prisma;
}

/** Opens a database: real PostgreSQL for a URL, embedded PGlite for a folder (or memory, in tests). */
export function openDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): Database {
  if ('databaseUrl' in config) {
    const { databaseUrl, directUrl = databaseUrl, poolSize } = config;
    const pooled = directUrl !== databaseUrl;
    const adapter = new PrismaPg(
      { connectionString: databaseUrl, max: poolSize },
      pooled ? undefined : { statementNameGenerator: statementName },
    );
    const prisma = prismaClient(adapter, options);
    const url = new URL(databaseUrl);
    const notifications = pgNotifications(directUrl);
    return {
      kind: 'postgres',
      location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
      prisma,
      withConnection: (work) => withPgConnection(directUrl, work),
      notifications,
      async close() {
        await notifications.close();
        await prisma.$disconnect();
      },
    };
  }

  let dataDir: string | undefined;
  if ('dataDir' in config) {
    dataDir = path.resolve(config.dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const pglite = new PGlite({ dataDir, loadDataDir: 'loadDataDir' in config ? config.loadDataDir : undefined });
  const prisma = prismaClient(new PrismaPGlite(pglite), options);
  const session = pgliteConnection(pglite);
  const notifications = pgliteNotifications(pglite);
  // PGlite has a single connection: queue session users so that their transactions never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: 'pglite',
    location: dataDir ?? 'memory',
    prisma,
    withConnection(work) {
      const run = queue.then(() => work(session));
      queue = run.catch(() => {});
      return run;
    },
    notifications,
    async close() {
      await notifications.close();
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** The database the environment asks for: DATABASE_URL when set, otherwise PGlite in FUENTE_DATA_DIR. */
export function databaseConfigFromEnv(environment: Env = env()): DatabaseConfig {
  const { DATABASE_URL, DATABASE_DIRECT_URL, DATABASE_POOL_SIZE, FUENTE_DATA_DIR } = environment;
  if (!DATABASE_URL) return { dataDir: FUENTE_DATA_DIR };
  return { databaseUrl: DATABASE_URL, directUrl: DATABASE_DIRECT_URL, poolSize: DATABASE_POOL_SIZE };
}

// One instance per process, kept on globalThis: Next.js may load this module more than once
// (instrumentation and routes are bundled separately, and dev reloads modules).
const holder = globalThis as typeof globalThis & { fuenteDatabase?: Database };

/** The app's single database. */
export function db(): Database {
  holder.fuenteDatabase ??= openDatabase(databaseConfigFromEnv());
  return holder.fuenteDatabase;
}
