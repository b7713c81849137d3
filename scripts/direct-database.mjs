// Opens the database an app instance uses, from outside the app: a pg client for DATABASE_URL, otherwise the PGlite
// folder FUENTE_DATA_DIR. PGlite allows one process at a time, so the app on that folder must have stopped.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** @param {{ DATABASE_URL?: string, FUENTE_DATA_DIR?: string }} env */
export async function openDatabase(env) {
  if (!env.DATABASE_URL) {
    if (!env.FUENTE_DATA_DIR) throw new Error('openDatabase needs DATABASE_URL or FUENTE_DATA_DIR');
    const pglite = new PGlite(env.FUENTE_DATA_DIR);
    return { query: async (sql, params = []) => (await pglite.query(sql, params)).rows, close: () => pglite.close() };
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  return { query: async (sql, params = []) => (await client.query(sql, params)).rows, close: () => client.end() };
}
