import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_ROUTES, offlineFiles } from './offline-files.mjs';

/** A build directory with Next.js's manifests as it writes them: each route's a script assigning to a global. */
function buildDir(routes: readonly string[]) {
  const dist = mkdtempSync(path.join(tmpdir(), 'fuente-offline-'));
  writeFileSync(path.join(dist, 'build-manifest.json'), JSON.stringify({ rootMainFiles: ['static/chunks/main.js'] }));
  for (const [index, route] of routes.entries()) {
    const file = path.join(dist, 'server', 'app', `${route}_client-reference-manifest.js`);
    mkdirSync(path.dirname(file), { recursive: true });
    const manifest = {
      clientModules: {
        [`[project]/components/Part${index}.tsx`]: { chunks: [`/_next/static/chunks/part${index}.js`] },
      },
      entryJSFiles: { [`[project]/app${route}`]: ['static/chunks/main.js', `static/chunks/entry${index % 2}.js`] },
      entryCSSFiles: {
        [`[project]/app${route}`]: [
          { path: 'static/chunks/site.css', inlined: false },
          { path: 'static/chunks/inlined.css', inlined: true },
        ],
      },
    };
    writeFileSync(
      file,
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify(manifest)};`,
    );
  }
  mkdirSync(path.join(dist, 'static', 'media'), { recursive: true });
  writeFileSync(path.join(dist, 'static', 'media', 'font.woff2'), '');
  return dist;
}

describe('the build files listed for the lesson offline', () => {
  it('are every chunk and style sheet of the offline routes, the root chunks and the media, each once', () => {
    const files = offlineFiles(buildDir(OFFLINE_ROUTES));
    expect(files).toEqual(
      [
        '/_next/static/chunks/main.js',
        '/_next/static/chunks/entry0.js',
        '/_next/static/chunks/entry1.js',
        '/_next/static/chunks/site.css',
        ...OFFLINE_ROUTES.map((_, index) => `/_next/static/chunks/part${index}.js`),
        '/_next/static/media/font.woff2',
      ].sort(),
    );
  });

  it('refuses a build without one of the routes, naming it', () => {
    expect(() => offlineFiles(buildDir(OFFLINE_ROUTES.slice(1)))).toThrow(/\[locale\]\/lessons\/\[slug\]\/page/);
  });
});
