import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, systemChromium } from './e2e/support/system-chromium';

// A free port chosen once by the main process; workers inherit it through the environment.
process.env.FUENTE_E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
])
  .toString()
  .trim();
const port = Number(process.env.FUENTE_E2E_PORT);

// Playwright reports (and can route) the service worker's own requests: e2e/offline.spec.ts cuts them off, since
// Chromium's offline emulation does not reach a service worker.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

const chromium = systemChromium();
const FUZZ_SPEC = /fuzz\.spec\.ts$/;

const DATABASE_PASS = process.env.FUENTE_E2E_DATABASE_SPECS_ONLY === '1';

/**
 * CI's second pass (PostgreSQL) sets FUENTE_E2E_DATABASE_SPECS_ONLY=1 and skips the specs whose outcome does not
 * depend on the database (axe, headers, locale routing, the privacy page's text, the teacher notes' content): they
 * ran in the first pass on the same build.
 */
function databaseIndependentSpecs(): RegExp[] {
  return DATABASE_PASS
    ? [
        /accessibility\.spec\.ts$/,
        /security-headers\.spec\.ts$/,
        /locale-routing\.spec\.ts$/,
        /privacy\.spec\.ts$/,
        /teacher-notes\.spec\.ts$/,
      ]
    : [];
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // 60 s: on the slow 2-core CI hosts, a test that signs a teacher up and in (two scrypt hashes) and walks several
  // pages has taken 20-30 s.
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromium ? { executablePath: chromium, args: SYSTEM_CHROMIUM_ARGS } : {},
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [FUZZ_SPEC, ...databaseIndependentSpecs()],
      // The second pass also runs each per-language group (titled "… (en)" / "… (es)") in Spanish only: the
      // language changes the words on the page, not the queries, and both languages ran in the first pass. Tests
      // outside those groups (authorization, hardening, restarts, the new-deploy test) still run whole.
      grepInvert: DATABASE_PASS ? /\(en\)/ : undefined,
      use: { ...devices['Desktop Chrome'] },
    },
    // The fuzz test (28,000 requests to its own app) keeps both cores busy. Beside the browser tests it took
    // 10-11 min and pushed them towards their timeouts; after them, alone, it takes about 2.5 min. Being a
    // dependant, it is skipped when a browser test fails; run it alone with `--project=fuzz --no-deps`.
    { name: 'fuzz', testMatch: FUZZ_SPEC, dependencies: ['chromium'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    env: { PORT: String(port) },
    url: `http://localhost:${port}/en`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
