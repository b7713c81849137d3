import { afterAll, beforeAll, inject, vi } from 'vitest';
import type { DatabaseOptions } from '../db/client';
import { createAppTestDatabase, type TestDatabase } from './test-database';

// Kept apart from test-database.ts, which the benchmarks import too: Vitest cannot be loaded outside a test run.

/**
 * For a database test file: its own empty migrated database, copied from the run's template (see
 * database-template-setup.ts) before its tests and dropped after them, with any environment stubs undone. Its fields
 * are there once `beforeAll` has run, that is inside tests and later hooks.
 */
export function setUpAppTestDatabase(options: DatabaseOptions = {}): TestDatabase {
  const database = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(database, await createAppTestDatabase(options, inject('appTestDatabaseTemplate')));
  });
  afterAll(async () => {
    await database.drop();
    vi.unstubAllEnvs();
  });
  return database;
}
