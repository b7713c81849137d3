// Which database tests `npm test` runs on both engines (scripts/test.mjs); scripts/engine-tests.test.ts checks the paths.

/**
 * The database tests run on PGlite as well when npm test runs on PostgreSQL: where the two engines could part. Both
 * are the same PostgreSQL code, but PGlite is another version in one process on one connection, so what could differ
 * is the migrator and the schema it makes, every save, submit and race between them (server/quiz), start-up, and the
 * pace channel (PGlite has its own LISTEN). The rest is the same SQL on either, and took five minutes of a CI run.
 */
export const ENGINE_TESTS = [
  'server/db/migrator.integration.test.ts',
  'server/db/schema-drift.integration.test.ts',
  'server/quiz/',
  'server/startup.integration.test.ts',
  'server/assignments/pace.integration.test.ts',
];
