import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { defineConfig, devices } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, testChromium } from './e2e/support/system-chromium';

/** A port nothing listens on now, found by a child process (the config loads synchronously). */
function freePort(): string {
  return execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
}

// Chosen once by the main process; the workers inherit them through the environment.
process.env.FUENTE_E2E_PORT ??= freePort();
const port = Number(process.env.FUENTE_E2E_PORT);
// The shared server's seed listener (server/testing/seed-listener.ts, e2e/support/seed.ts).
process.env.FUENTE_E2E_SEED_PORT ??= freePort();
process.env.FUENTE_E2E_SEED_TOKEN ??= randomBytes(24).toString('base64url');

// Playwright reports (and can route) the service worker's own requests: e2e/offline.spec.ts cuts them off, since
// Chromium's offline emulation does not reach a service worker.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

// The browser suite runs once, on the database the environment names (scripts/fresh-database.mjs). On PostgreSQL a
// second server on a fresh embedded PGlite serves the smoke project, so the default database stays proven end to end.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
process.env.FUENTE_E2E_SMOKE_PORT ??= onPostgres ? freePort() : String(port);
const smokePort = Number(process.env.FUENTE_E2E_SMOKE_PORT);

const chromium = testChromium();
const FUZZ_SPEC = /fuzz\.spec\.ts$/;
const SMOKE_SPEC = /pglite-smoke\.spec\.ts$/;
const browserUse = {
  ...devices['Desktop Chrome'],
  launchOptions: chromium ? { executablePath: chromium, args: SYSTEM_CHROMIUM_ARGS } : {},
};

const testServer = (serverPort: number, env: Record<string, string>) => ({
  command: 'node scripts/e2e-server.mjs',
  env: { PORT: String(serverPort), ...env },
  url: `http://localhost:${serverPort}/en`,
  timeout: 240_000,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
});

export default defineConfig({
  testDir: 'e2e',
  // e2e/support/ also holds Vitest unit tests (*.test.ts) of the suite's own helpers.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [
    ['list'],
    ['./e2e/support/time-by-spec.ts'],
    ...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
  ],
  // A ceiling for a test on a busy 2-core host; the slow ones set their own.
  timeout: 60_000,
  // A Server Action that re-renders a teacher's class page took over expect's default 5 s on CI's busy host (load
  // average 12 to 20 with two browsers, the app, the fuzz test's app and PostgreSQL on two cores).
  expect: { timeout: 10_000 },
  // Recording a trace (a DOM snapshot per action) took a quarter of the suite's CPU, so CI records none and keeps a
  // screenshot and the page's accessibility tree (error-context.md) of each failure; FUENTE_E2E_TRACE=1 records again.
  use: {
    baseURL: `http://localhost:${port}`,
    trace: process.env.CI && !process.env.FUENTE_E2E_TRACE ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // The fuzz test and the smoke come first, so that their workers start on them while the other takes browser tests.
  projects: [
    // Its own app and database (e2e/fuzz.spec.ts says why), beside the browser tests, not after them.
    { name: 'fuzz', testMatch: FUZZ_SPEC, use: browserUse },
    { name: 'pglite-smoke', testMatch: SMOKE_SPEC, use: { ...browserUse, baseURL: `http://localhost:${smokePort}` } },
    { name: 'chromium', testIgnore: [FUZZ_SPEC, SMOKE_SPEC], use: browserUse },
  ],
  // Started one after the other: the first builds the app, the second finds the build up to date.
  webServer: [
    testServer(port, {
      FUENTE_E2E_SEED_PORT: process.env.FUENTE_E2E_SEED_PORT,
      FUENTE_E2E_SEED_TOKEN: process.env.FUENTE_E2E_SEED_TOKEN,
    }),
    ...(onPostgres
      ? [
          testServer(smokePort, {
            DATABASE_URL: '',
            TEST_DATABASE_URL: '',
            FUENTE_E2E_SEED_PORT: '',
            FUENTE_E2E_SEED_TOKEN: '',
            FUENTE_E2E_DEMO: 'none',
          }),
        ]
      : []),
  ],
});
