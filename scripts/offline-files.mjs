// Lists the build files the lesson's pages need offline, from the build's own manifests, so that the service worker
// (public/sw.js) can store them when it installs: `<distDir>/fuente-offline-files.json`, served by
// app/api/offline-files/route.ts. Run after every build (scripts/build.mjs).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';

export const OFFLINE_FILES_FILE = 'fuente-offline-files.json';

/** The routes a student can open offline (the pages public/sw.js keeps), as the build names them. */
export const OFFLINE_ROUTES = [
  '/[locale]/lessons/[slug]/page',
  '/[locale]/lessons/[slug]/prerendered/[view]/page',
  '/[locale]/lessons/[slug]/quiz/[quizId]/page',
  '/[locale]/lessons/[slug]/quiz/[quizId]/prerendered/page',
  '/[locale]/offline/page',
];

/**
 * The client reference manifest Next.js writes per route: the chunks and style sheets of its entry points and of
 * every client component it may load. It is a script that assigns to `globalThis.__RSC_MANIFEST`, run here on its own.
 */
function routeManifest(distDir, route) {
  const file = path.join(distDir, 'server', 'app', `${route}_client-reference-manifest.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: is ${route} still a route the service worker keeps?`);
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  return sandbox.__RSC_MANIFEST[route];
}

const asUrl = (file) => `/${file.replace(/^\//, '').replace(/^(?!_next\/)/, '_next/')}`;

/** The build files of the offline routes, each once, as addresses: `/_next/static/…`. */
export function offlineFiles(distDir = '.next') {
  const files = new Set();
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
  for (const file of buildManifest.rootMainFiles) files.add(asUrl(file));
  for (const route of OFFLINE_ROUTES) {
    const manifest = routeManifest(distDir, route);
    for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const file of chunks) files.add(asUrl(file));
    for (const sheets of Object.values(manifest.entryCSSFiles ?? {}))
      for (const sheet of sheets) if (!sheet.inlined) files.add(asUrl(sheet.path));
    for (const clientModule of Object.values(manifest.clientModules ?? {}))
      for (const file of clientModule.chunks ?? []) files.add(asUrl(file));
  }
  // Fonts and images the style sheets name: the build puts every one of them here.
  const media = path.join(distDir, 'static', 'media');
  if (existsSync(media)) for (const name of readdirSync(media)) files.add(`/_next/static/media/${name}`);
  return [...files].sort();
}

export function writeOfflineFiles(distDir = '.next') {
  const files = offlineFiles(distDir);
  writeFileSync(path.join(distDir, OFFLINE_FILES_FILE), JSON.stringify({ files }));
  return files;
}
