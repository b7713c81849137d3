// Generates the Prisma client (postinstall). `prisma generate` needs no native engine, but the Prisma 7 CLI
// tries to download one at start unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file; on an offline
// machine that download fails, so point it at Node itself unless the user chose a binary.
// Skips the work when schema.prisma and the Prisma version are unchanged since the last run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stampFile = 'generated/prisma/.schema-hash';
const prismaVersion = JSON.parse(readFileSync('node_modules/prisma/package.json', 'utf8')).version;
const hash = createHash('sha256').update(readFileSync('prisma/schema.prisma')).update(prismaVersion).digest('hex');

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && existsSync('generated/prisma/client.ts')) {
  console.log('Prisma client is up to date.');
  process.exit(0);
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= process.execPath;
const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
  stdio: 'inherit',
  env,
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, hash);
