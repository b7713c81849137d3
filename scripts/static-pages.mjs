// After `next build`: the hashes of the inline scripts of every prerendered page, for its Content-Security-Policy.
//
// A page that Next.js prerenders once at build time (the home page, the 404 page…) is served as the same HTML to
// everyone, so its scripts cannot carry a per-response nonce. Its policy lists the SHA-256 of each inline script
// instead; proxy.ts reads them from the file written here (server/static-pages.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const STATIC_PAGES_FILE = 'fuente-static-pages.json';

/** CSP hash sources ('sha256-…') of the inline scripts (those without `src`) of an HTML document, in page order. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(` ${match[1]}`)) continue;
    // The browser hashes the element's text exactly as written: an HTML parser does not decode a script's text.
    hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/**
 * Writes `<distDir>/fuente-static-pages.json`: `{ pages: { "/en": [hashes…] }, notFound: [hashes…] }`, from Next's
 * list of prerendered routes. `notFound` is the page Next.js serves for a URL that matches no route.
 */
export function writeStaticPageManifest(distDir = '.next') {
  const { routes } = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
  const pages = {};
  let notFound = [];
  for (const route of Object.keys(routes).sort()) {
    const file = path.join(distDir, 'server', 'app', `${route}.html`);
    if (!existsSync(file)) continue; // icon.svg and other non-page routes
    const hashes = inlineScriptHashes(readFileSync(file, 'utf8'));
    if (route === '/_not-found') notFound = hashes;
    else if (!route.startsWith('/_')) pages[route] = hashes;
  }
  writeFileSync(path.join(distDir, STATIC_PAGES_FILE), `${JSON.stringify({ pages, notFound }, null, 2)}\n`);
  return { pages, notFound };
}
