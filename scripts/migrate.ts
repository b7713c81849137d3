// `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL, or the embedded
// PGlite folder) and exits. The server does the same on every start (server/startup.ts); this is for doing it alone.
import { db } from '@/server/db/client';
import { exitOnStartupError, prepareServer } from '@/server/startup';

prepareServer()
  .then(() => db().close())
  .catch(exitOnStartupError);
