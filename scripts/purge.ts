// `npm run db:purge`: deletes the data whose retention period is over (server/retention.ts) and prints the counts.
// A running server does the same at start and every hour. On embedded PGlite, stop the app first: only one process
// can open its folder.
import { db } from '@/server/db/client';
import { describePurge, purgeExpiredData } from '@/server/retention';
import { exitOnStartupError, prepareServer } from '@/server/startup';

async function purge() {
  await prepareServer().catch(exitOnStartupError);
  try {
    console.log(`Fuente: retention purge deleted ${describePurge(await purgeExpiredData())}`);
  } finally {
    await db().close();
  }
}

purge().catch((error: unknown) => {
  console.error(`Fuente: retention purge failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
