import 'server-only';
import { ConfigError, env } from './env';
import { db } from './db/client';
import { applyMigrations, MigrationError, readMigrations } from './db/migrator';

/** Checks configuration, reaches the database and applies pending migrations before the app serves. */
export async function prepareServer(): Promise<void> {
  env();
  const database = db();
  try {
    await database.withConnection((session) => session.query('SELECT 1'));
  } catch (error) {
    throw describeConnectionError(database.kind, error);
  }
  const applied = await database.withConnection((session) => applyMigrations(session, readMigrations()));
  const state = applied.length ? `applied ${applied.join(', ')}` : 'schema up to date';
  console.log(
    `Fuente: ${database.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'} at ${database.location}, ${state}`,
  );
}

/** Turns a driver error into one line that names the variable to fix. */
function describeConnectionError(kind: 'postgres' | 'pglite', error: unknown): ConfigError {
  const code = (error as { code?: string }).code;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (kind === 'pglite') return new ConfigError(`FUENTE_DATA_DIR cannot be opened as an embedded database: ${reason}`);
  const hints: Record<string, string> = {
    ECONNREFUSED: 'no PostgreSQL server is listening there',
    ENOTFOUND: 'the host name does not resolve',
    ETIMEDOUT: 'the connection timed out',
    '3D000': 'the database does not exist',
    '28P01': 'the password was refused',
    '28000': 'the role is not allowed to connect',
  };
  return new ConfigError(`DATABASE_URL cannot be reached: ${(code && hints[code]) || reason}`);
}

/** Prints one line for problems the operator can fix, and stops the process with a non-zero code. */
export function exitOnStartupError(error: unknown): never {
  const known = error instanceof ConfigError || error instanceof MigrationError;
  const line = known
    ? error.message
    : `unexpected startup failure: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`Fuente cannot start: ${line}`);
  process.exit(1);
}
