// `npm test`: every check, in order, stopping at the first that fails, with the time each took.
// FUENTE_E2E_DATABASE_SPECS_ONLY=1 (CI's second pass, on PostgreSQL) skips what cannot depend on the database, since
// the first pass ran it on the same sources: type checking, lint, the content check, and the Vitest tests that touch
// no database. The database tests and the database-dependent browser tests run again.
import { spawnSync } from 'node:child_process';

const databaseOnly = process.env.FUENTE_E2E_DATABASE_SPECS_ONLY === '1';

const steps = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], databaseIndependent: true },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], databaseIndependent: true },
  { name: 'content check', command: ['npm', 'run', '--silent', 'content:check'], databaseIndependent: true },
  databaseOnly
    ? { name: 'vitest (database tests)', command: ['npx', 'vitest', 'run', '--project', 'integration'] }
    : { name: 'vitest (every project, with coverage)', command: ['npm', 'run', '--silent', 'test:unit'] },
  { name: 'playwright', command: ['npm', 'run', '--silent', 'test:e2e'] },
];

const timings = [];
for (const step of steps) {
  if (databaseOnly && step.databaseIndependent) {
    timings.push(`${step.name}: skipped (database-independent, ran in the first pass)`);
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  timings.push(`${step.name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
  if (result.status !== 0) {
    console.log(`\nnpm test:\n  ${timings.join('\n  ')}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nnpm test:\n  ${timings.join('\n  ')}`);
