import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_STATIC_PAGES, pagePolicy, type StaticPages } from '@/lib/page-policy';
import { readStaticPages } from './static-pages';

const built: StaticPages = { pages: { '/en': ["'sha256-home'"] }, notFound: ["'sha256-missing'"] };

describe('readStaticPages', () => {
  it('reads the file the build wrote', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fuente-pages-')), 'pages.json');
    writeFileSync(file, JSON.stringify(built));
    expect(readStaticPages(file)).toEqual(built);
  });

  it('falls back to no prerendered pages (every page gets a nonce) when there is no such file', () => {
    expect(readStaticPages('/nonexistent/fuente-static-pages.json')).toBe(NO_STATIC_PAGES);
    expect(pagePolicy({ method: 'GET', pathname: '/en' }, NO_STATIC_PAGES).nonce).toBeTruthy();
  });
});
