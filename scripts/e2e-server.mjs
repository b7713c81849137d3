// Playwright's web server: builds if needed, gives the run a brand-new database, then serves on PORT.
import { spawn, spawnSync } from 'node:child_process';
import { createFreshDatabase } from './fresh-database.mjs';
import { seedDemo } from './seed-demo.mjs';
import { SERVER_ARGS } from './server-process.mjs';

const port = process.env.PORT;
if (!port) throw new Error('PORT is required');

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const database = await createFreshDatabase('e2e');
const env = { ...process.env, ...database.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const [key, value] of Object.entries(database.env)) if (value === undefined) delete env[key];

// The demo class (npm run demo) is what the dashboard tests look at; the PGlite smoke server has no use for it.
try {
  if (process.env.FUENTE_E2E_DEMO !== 'none') seedDemo(env);
} catch (error) {
  console.error(error.message);
  await database.cleanup();
  process.exit(1);
}

// The browser tests stand in for a school's reverse proxy: each simulated teacher or student sends the address it
// sits at in X-Forwarded-For (e2e/support/teacher.ts), so they do not share one address's limits. Whether a client
// can do that to a default deployment is e2e/hardening.spec.ts's question, on an app of its own.
const server = spawn(process.execPath, SERVER_ARGS, {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: 'production', FUENTE_TRUSTED_PROXIES: '1' },
});
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
