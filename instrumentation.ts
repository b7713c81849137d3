// Next.js calls register() once when a server starts, before it handles requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The build prerenders pages without a database; only a running server needs one.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { prepareServer, exitOnStartupError } = await import('./server/startup');
  await prepareServer().catch(exitOnStartupError);
  // Expired data (server/retention-policy.ts) is deleted at start and then every hour.
  const { schedulePurge } = await import('./server/retention');
  schedulePurge();
  // Only the browser tests set these (server/testing/seed-listener.ts).
  const { env } = await import('./server/env');
  const { FUENTE_E2E_SEED_PORT, FUENTE_E2E_SEED_TOKEN } = env();
  if (FUENTE_E2E_SEED_PORT && FUENTE_E2E_SEED_TOKEN) {
    const { startSeedListener } = await import('./server/testing/seed-listener');
    startSeedListener(FUENTE_E2E_SEED_PORT, FUENTE_E2E_SEED_TOKEN);
  }
}
