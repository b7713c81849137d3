import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NO_STATIC_PAGES, type StaticPages } from '@/lib/page-policy';

// scripts/static-pages.mjs writes this file after every build (scripts/build.mjs).
const STATIC_PAGES_FILE = path.join('.next', 'fuente-static-pages.json');

let loaded: StaticPages | undefined;

/**
 * The prerendered pages of the build this server runs, read once. Without the file (`next dev`, or a build made
 * without scripts/build.mjs), every page gets a nonce; a prerendered page would then have its scripts refused,
 * which the end-to-end tests report as a CSP error.
 */
export function staticPages(): StaticPages {
  loaded ??= readStaticPages(path.join(process.cwd(), STATIC_PAGES_FILE));
  return loaded;
}

export function readStaticPages(file: string): StaticPages {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StaticPages;
  } catch {
    return NO_STATIC_PAGES;
  }
}
