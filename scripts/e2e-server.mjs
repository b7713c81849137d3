// Playwright's web server: builds if needed, gives the run a brand-new database, then serves on PORT.
import { spawn, spawnSync } from 'node:child_process';
import { createFreshDatabase } from './fresh-database.mjs';

const port = process.env.PORT;
if (!port) throw new Error('PORT is required');

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const database = await createFreshDatabase('e2e');
// FUENTE_TEST_SUPPORT serves the database fingerprint that e2e/fuzz.spec.ts compares before and after.
const env = { ...process.env, ...database.env, NEXT_TELEMETRY_DISABLED: '1', FUENTE_TEST_SUPPORT: '1' };
for (const [key, value] of Object.entries(database.env)) if (value === undefined) delete env[key];

// The demo class (npm run demo) is what the dashboard tests look at; e2e/support/demo.ts holds the same password.
const demo = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/demo.ts'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...env, FUENTE_DEMO_PASSWORD: 'demo class for the e2e tests' },
});
if (demo.status !== 0) {
  await database.cleanup();
  process.exit(demo.status ?? 1);
}

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', port], { stdio: 'inherit', env });
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.on('exit', async (code) => {
  await database.cleanup().catch((error) => console.error(`e2e database cleanup failed: ${error.message}`));
  process.exit(stopping ? 0 : (code ?? 1));
});
