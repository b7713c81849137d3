import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where Playwright cannot download its own browser (see docs/operating.md, "Offline machines"): CHROMIUM_PATH,
 * else /usr/bin/chromium when present, else undefined (Playwright's own browser).
 */
export function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  );
}

/**
 * The browser for the browser tests: CHROMIUM_PATH, else Debian's headless shell (`chromium-headless-shell`), else
 * systemChromium(). The headless shell is the browser without its windowing parts: the suite's tests took a third
 * less time and Chromium half the CPU than with full Chromium in headless mode (bench/README.md, "CI runs").
 */
export function testChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return systemChromium();
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : systemChromium();
}
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The flags that system Chromium needs in a container (ENVIRONMENT.md, "Browsers"); the e2e tests and bench:pages use them. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
