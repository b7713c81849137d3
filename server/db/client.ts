import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '../env';
import { pgliteConnection, withPgConnection, type SqlConnection } from './sql-connection';

export type DatabaseConfig = { databaseUrl: string } | { dataDir: string } | { inMemory: true };

export type Database = {
  kind: 'postgres' | 'pglite';
  /** Where the data lives, for log lines: the PostgreSQL host or the embedded data folder. */
  location: string;
  prisma: PrismaClient;
  /** Runs `work` on one dedicated SQL session, one caller at a time per process for PGlite. */
  withConnection<T>(work: (session: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  /** Called with every SQL statement Prisma sends and its parameters (a JSON array): the query-plan test reads them. */
  onQuery?: (sql: string, params: string) => void;
};

function prismaClient(adapter: PrismaPg | PrismaPGlite, { onQuery }: DatabaseOptions): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query, event.params));
  return prisma;
}

/** Opens a database: real PostgreSQL for a URL, embedded PGlite for a folder (or memory, in tests). */
export function openDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): Database {
  if ('databaseUrl' in config) {
    const { databaseUrl } = config;
    const prisma = prismaClient(new PrismaPg({ connectionString: databaseUrl }), options);
    const url = new URL(databaseUrl);
    return {
      kind: 'postgres',
      location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
      prisma,
      withConnection: (work) => withPgConnection(databaseUrl, work),
      close: () => prisma.$disconnect(),
    };
  }

  let dataDir: string | undefined;
  if ('dataDir' in config) {
    dataDir = path.resolve(config.dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const pglite = new PGlite(dataDir);
  const prisma = prismaClient(new PrismaPGlite(pglite), options);
  const session = pgliteConnection(pglite);
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
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** The database the environment asks for: DATABASE_URL when set, otherwise PGlite in FUENTE_DATA_DIR. */
export function databaseConfigFromEnv(): DatabaseConfig {
  const { DATABASE_URL, FUENTE_DATA_DIR } = env();
  return DATABASE_URL ? { databaseUrl: DATABASE_URL } : { dataDir: FUENTE_DATA_DIR };
}

// One instance per process, kept on globalThis: Next.js may load this module more than once
// (instrumentation and routes are bundled separately, and dev reloads modules).
const holder = globalThis as typeof globalThis & { fuenteDatabase?: Database };

/** The app's single database. */
export function db(): Database {
  holder.fuenteDatabase ??= openDatabase(databaseConfigFromEnv());
  return holder.fuenteDatabase;
}
