// Runs commands one after the other, stopping at the first that fails, and prints the time each took:
// `npm test` (scripts/test.mjs) and `npm run test:full` (scripts/test-full.mjs).
import { spawnSync } from 'node:child_process';

/** The environment with `changes` applied; an undefined value removes the variable. */
function environment(changes = {}) {
  const env = { ...process.env, ...changes };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/**
 * Runs each step's command with its environment changes; exits with the first failure's code.
 * @param {string} title
 * @param {{ name: string, command: string[], env?: Record<string, string | undefined> }[]} steps
 */
export function runSteps(title, steps) {
  const timings = [];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    const started = Date.now();
    const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: environment(step.env) });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    timings.push(`${step.name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
    if (result.status !== 0) {
      console.log(`\n${title}:\n  ${timings.join('\n  ')}`);
      process.exit(result.status ?? 1);
    }
  }
  console.log(`\n${title}:\n  ${timings.join('\n  ')}`);
}

/** The variables that point the tests at PostgreSQL, unset: the tests then use embedded PGlite. */
export const EMBEDDED = { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, TEST_DATABASE_DIRECT_URL: undefined };
