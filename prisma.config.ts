// Prisma 7 reads its settings here; it does not load .env by itself.
// The URL is only needed by Prisma's own CLI commands (migrate status/deploy, studio) on machines with its engine;
// the app and the tests apply migrations with server/db/migrator.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/fuente' },
});
