// Builds the app unless the last build came from exactly the same sources, so that starting Fuente a
// second time does not rebuild. The fingerprint covers every input of `next build`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDirectLane, DIRECT_LANE_FILE } from './build-direct-lane.mjs';
import { OFFLINE_FILES_FILE, writeOfflineFiles } from './offline-files.mjs';
import { STATIC_PAGES_FILE, writeStaticPageManifest } from './static-pages.mjs';

const INPUTS = [
  'app',
  'components',
  'content',
  'generated',
  'i18n',
  'lib',
  'messages',
  'public',
  'server',
  'global.d.ts',
  'instrumentation.ts',
  'proxy.ts',
  'scripts/build-direct-lane.mjs',
  'scripts/offline-files.mjs',
  'scripts/security-headers.mjs',
  'scripts/static-pages.mjs',
  'next.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const STAMP = '.next/fuente-build-fingerprint';
const force = process.argv.includes('--force');

function* files(entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(entry).sort()) {
    // Tests do not change the build.
    if (/\.test\.tsx?$/.test(child)) continue;
    yield* files(path.join(entry, child));
  }
}

const hash = createHash('sha256');
for (const input of INPUTS) {
  for (const file of files(input)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
}
const fingerprint = hash.digest('hex');

if (!force && existsSync('.next/BUILD_ID') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint) {
  // A build from before the hashes file existed still needs it: its prerendered pages' scripts need their hashes.
  if (!existsSync(path.join('.next', STATIC_PAGES_FILE))) writeStaticPageManifest();
  if (!existsSync(path.join('.next', OFFLINE_FILES_FILE))) writeOfflineFiles();
  if (!existsSync(path.join('.next', DIRECT_LANE_FILE))) await buildDirectLane();
  console.log('Fuente: build is up to date.');
  process.exit(0);
}

console.log('Fuente: building the app (about a minute on a 2-core machine)…');
const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
  stdio: 'inherit',
  // The build id names the service worker's version (next.config.mjs): same sources, same id.
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    FUENTE_BUILD_ID: process.env.FUENTE_BUILD_ID || fingerprint.slice(0, 16),
  },
});
if (result.status !== 0) process.exit(result.status ?? 1);
const { pages } = writeStaticPageManifest();
console.log(`Fuente: ${Object.keys(pages).length} pages prerendered, their inline scripts hashed for the CSP.`);
console.log(`Fuente: ${writeOfflineFiles().length} build files listed for the lesson offline.`);
await buildDirectLane();
console.log('Fuente: the direct lane bundled (server/direct/lane.ts).');
writeFileSync(STAMP, fingerprint);
