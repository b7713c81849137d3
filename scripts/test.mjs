// `npm test`: every check, in order, stopping at the first that fails. The database tests and the browser suite run on
// the database the environment names (TEST_DATABASE_URL or DATABASE_URL: a PostgreSQL server on which fresh databases
// are made; neither: embedded PGlite). On PostgreSQL the database tests where the engines could differ run on PGlite
// too (ENGINE_TESTS); `npm run test:full` (scripts/test-full.mjs) runs the whole cross-product, every database test on
// both engines included.
import { ENGINE_TESTS } from './engine-tests.mjs';
import { EMBEDDED, runSteps } from './run-steps.mjs';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);

runSteps('npm test', [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'content check', command: ['npm', 'run', '--silent', 'content:check'] },
  {
    name: `vitest (every project, with coverage; database tests on ${onPostgres ? 'PostgreSQL' : 'PGlite'})`,
    command: ['npm', 'run', '--silent', 'test:unit'],
  },
  ...(onPostgres
    ? [
        {
          name: 'vitest (the database tests where the engines could differ, on PGlite)',
          command: ['npx', 'vitest', 'run', '--project', 'integration', ...ENGINE_TESTS],
          env: EMBEDDED,
        },
      ]
    : []),
  // The type check ran above: the browser suite's build need not repeat it (next.config.mjs).
  { name: 'playwright', command: ['npm', 'run', '--silent', 'test:e2e'], env: { FUENTE_BUILD_SKIP_TYPECHECK: '1' } },
]);
