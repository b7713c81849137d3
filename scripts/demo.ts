// `npm run demo`: a demo teacher and a class of 28 simulated students, so the dashboard has something to show.
// Uses the same DATABASE_URL / FUENTE_DATA_DIR as the app; with the embedded database, stop the app first
// (PGlite allows one process at a time). Set FUENTE_DEMO_PASSWORD to choose the password; otherwise one is made up.
import { randomBytes } from 'node:crypto';
import { createDemoClass } from '../server/demo/demo-class';
import { db } from '../server/db/client';
import { applyMigrations, readMigrations } from '../server/db/migrator';

async function main(): Promise<void> {
  const password = process.env.FUENTE_DEMO_PASSWORD || `demo-${randomBytes(6).toString('base64url')}`;
  const database = db();
  await database.withConnection((session) => applyMigrations(session, readMigrations()));
  const started = Date.now();
  const demo = await createDemoClass(password);
  await database.close();
  console.log(`Demo class ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${demo.students} students.

  Sign in at http://localhost:3000/en/teacher/signin
    email:    ${demo.email}
    password: ${password}
  Class:      http://localhost:3000/en/teacher/classes/${demo.classId}
  Join code:  ${demo.joinCode}
`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
