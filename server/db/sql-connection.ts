import 'server-only';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** One SQL connection, the smallest thing the migrator and test helpers need. */
export interface SqlConnection {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters. */
  exec(script: string): Promise<void>;
}

/** Opens a dedicated PostgreSQL connection, runs `work` on it and always closes it. */
export async function withPgConnection<T>(
  connectionString: string,
  work: (session: SqlConnection) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  // An idle connection that the server drops must not crash the process; the query in flight reports it.
  client.on('error', () => {});
  await client.connect();
  try {
    return await work({
      async query<Row>(sql: string, params: unknown[] = []) {
        return (await client.query(sql, params)).rows as Row[];
      },
      async exec(script: string) {
        await client.query(script);
      },
    });
  } finally {
    await client.end().catch(() => {});
  }
}

/** Wraps an embedded PGlite database, which has exactly one session. */
export function pgliteConnection(database: PGlite): SqlConnection {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await database.query<Row>(sql, params)).rows;
    },
    async exec(script: string) {
      await database.exec(script);
    },
  };
}
