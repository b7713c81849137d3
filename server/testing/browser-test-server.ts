import 'server-only';
import { env } from '../env';

/**
 * Whether this process is the browser tests' server: playwright.config.ts gives it the seed listener's token, which a
 * deployment never sets. Pages that exist only for the tests (app/[locale]/test-only/) answer 404 anywhere else.
 */
export function isBrowserTestServer(): boolean {
  return Boolean(env().FUENTE_E2E_SEED_TOKEN);
}
