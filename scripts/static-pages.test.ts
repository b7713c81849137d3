import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, writeStaticPageManifest } from './static-pages.mjs';

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, as the CSP specification’s own example does', () => {
    // The hash MDN and the CSP specification give for this script.
    expect(inlineScriptHashes("<p>hi</p><script>alert('Hello, world.');</script>")).toEqual([
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    ]);
  });

  it('hashes the UTF-8 bytes of text outside ASCII, as browsers do', () => {
    expect(inlineScriptHashes('<script>document.title = "¿Qué?";</script>')).toEqual([
      "'sha256-5o8NVac2Vw+486wma9PywfzL+VSKhntLL1RezKG4rbw='",
    ]);
  });

  it('skips scripts loaded from a file, keeps attributes out of the hash, and lists each hash once', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">alert(1)</script>' +
      '<SCRIPT>alert(1)</SCRIPT><script>\nalert(2)\n</script>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe(inlineScriptHashes('<script>alert(1)</script>')[0]);
    expect(hashes[1]).not.toBe(inlineScriptHashes('<script>alert(2)</script>')[0]);
  });
});

describe('writeStaticPageManifest', () => {
  it('lists each prerendered page with its hashes, and the 404 page apart', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'fuente-dist-'));
    mkdirSync(path.join(dist, 'server', 'app', 'en'), { recursive: true });
    const routes = { '/en': {}, '/en/privacy': {}, '/_not-found': {}, '/_global-error': {}, '/icon.svg': {} };
    writeFileSync(path.join(dist, 'prerender-manifest.json'), JSON.stringify({ routes }));
    writeFileSync(path.join(dist, 'server', 'app', 'en.html'), '<script>home()</script>');
    writeFileSync(path.join(dist, 'server', 'app', 'en', 'privacy.html'), '<script>privacy()</script>');
    writeFileSync(path.join(dist, 'server', 'app', '_not-found.html'), '<script>missing()</script>');
    writeFileSync(path.join(dist, 'server', 'app', '_global-error.html'), '<script>error()</script>');

    const written = writeStaticPageManifest(dist);
    expect(written).toEqual({
      pages: {
        '/en': inlineScriptHashes('<script>home()</script>'),
        '/en/privacy': inlineScriptHashes('<script>privacy()</script>'),
      },
      notFound: inlineScriptHashes('<script>missing()</script>'),
    });
    expect(JSON.parse(readFileSync(path.join(dist, 'fuente-static-pages.json'), 'utf8'))).toEqual(written);
  });
});
