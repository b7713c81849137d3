// `npm run test:full`: the whole cross-product, for a release or a change to server/db/, prisma/ or proxy.ts.
// Needs DATABASE_URL naming a PostgreSQL server it may create and drop databases on (postgresql://…/postgres).
//   1. npm test on embedded PGlite, every browser flow in both languages, 1,000 fuzz cases per endpoint;
//   2. the same on PostgreSQL (its database tests run on both engines again);
//   3. the whole database test project through PgBouncer in transaction mode (scripts/pgbouncer.mjs);
//   4. every benchmark in a smoke-sized run (.ci/check-benchmarks --all).
import { EMBEDDED, runSteps } from './run-steps.mjs';

if (!process.env.DATABASE_URL) {
  console.error('npm run test:full needs DATABASE_URL: a PostgreSQL server it may create databases on.');
  process.exit(1);
}
const full = { FUENTE_E2E_LOCALES: 'both', FUENTE_FUZZ_CASES: '1000' };

runSteps('npm run test:full', [
  { name: 'npm test on PGlite, both languages', command: ['npm', 'test'], env: { ...full, ...EMBEDDED } },
  { name: 'npm test on PostgreSQL, both languages', command: ['npm', 'test'], env: full },
  {
    name: 'database tests through PgBouncer',
    command: ['node', 'scripts/pgbouncer.mjs', 'npx', 'vitest', 'run', '--project', 'integration'],
  },
  { name: 'every benchmark, smoke-sized', command: ['.ci/check-benchmarks', '--all'] },
]);
