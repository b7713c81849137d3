import type { TestProject } from 'vitest/node';
import { createTestDatabaseTemplate, type TestDatabaseTemplate } from './test-database';

// Vitest's global setup of the integration project: one migrated template per run, copied by every test file
// (setup-database.ts), instead of one brand-new database migrated per file.

declare module 'vitest' {
  export interface ProvidedContext {
    // Absent when a config runs database tests without this setup: each file then migrates its own database.
    appTestDatabaseTemplate?: TestDatabaseTemplate;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { template, drop } = await createTestDatabaseTemplate();
  project.provide('appTestDatabaseTemplate', template);
  // Vitest runs this teardown after the last file, whether the tests passed or not.
  return drop;
}
