// A brand-new database for one test run: a fresh PostgreSQL database when TEST_DATABASE_URL or DATABASE_URL
// names a server, otherwise a fresh PGlite folder under .test-data/. Returns the environment to start the app
// with and a cleanup function that removes it.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

async function onServer(serverUrl, sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** @param {string} label @returns {Promise<{ env: Record<string, string | undefined>, cleanup: () => Promise<void> }>} */
export async function createFreshDatabase(label) {
  const runId = `${label}_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 6)}`;
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `fuente_${runId}`;
    await onServer(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString(), FUENTE_DATA_DIR: undefined },
      cleanup: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = path.resolve('.test-data', runId);
  mkdirSync(dataDir, { recursive: true });
  return {
    env: { DATABASE_URL: undefined, FUENTE_DATA_DIR: dataDir },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
