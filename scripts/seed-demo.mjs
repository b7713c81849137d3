// Runs `npm run demo` (scripts/demo.ts) against a given database environment, for the e2e test servers.
import { spawnSync } from 'node:child_process';

/** e2e/support/demo.ts holds the same password. */
export const E2E_DEMO_PASSWORD = 'demo class for the e2e tests';

/** Seeds the demo class; throws with the script's error output when it fails. */
export function seedDemo(env) {
  // An unset variable must stay unset: the child would otherwise see the string "undefined".
  const defined = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined),
  );
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/demo.ts'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...defined, FUENTE_DEMO_PASSWORD: E2E_DEMO_PASSWORD },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`npm run demo failed: ${result.stderr}`);
}
