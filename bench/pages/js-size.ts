// JavaScript a page costs to load, gzipped: the chunks the build lists for its route, together with any other
// <script src> chunk the served HTML references (a difference between the two is reported).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The build's list of first-load chunks per route (Next 16 no longer prints it after `next build`). */
const BUNDLE_STATS = path.join('.next', 'diagnostics', 'route-bundle-stats.json');

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export type PageJs = {
  route: string;
  chunks: number;
  rawBytes: number;
  /** Each chunk gzipped on its own at zlib's default level 6, as `next start` sends it. */
  gzipBytes: number;
  /** Chunks the HTML references that the build does not list for the route, and the other way round. */
  onlyInHtml: string[];
  onlyInBuild: string[];
  /** The inline scripts (React's payload, `self.__next_f.push(…)`), gzipped together: data rather than code, not counted. */
  inlineGzipBytes: number;
};

let cachedStats: Map<string, RouteStats> | undefined;

function bundleStats(): Map<string, RouteStats> {
  if (!cachedStats) {
    const list = JSON.parse(readFileSync(BUNDLE_STATS, 'utf8')) as RouteStats[];
    cachedStats = new Map(list.map((entry) => [entry.route, entry]));
  }
  return cachedStats;
}

const gzipSizes = new Map<string, number>();

/** The gzipped size of one file under .next/, once per run. */
function gzippedSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).byteLength;
    gzipSizes.set(file, size);
  }
  return size;
}

/**
 * The chunks the page's <script src> tags load: `/_next/static/chunks/x.js` is `.next/static/chunks/x.js` on disk.
 * `noModule` polyfills are left out: browsers that run modules never fetch them.
 */
function chunkFilesInHtml(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []);
  return [...new Set(sources)].map((src) => {
    const pathname = new URL(src, 'http://localhost').pathname;
    if (!pathname.startsWith('/_next/')) throw new Error(`a script from outside the build: ${src}`);
    return `.next/${pathname.slice('/_next/'.length)}`;
  });
}

function inlineScriptsGzipBytes(html: string): number {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .join('\n');
  return gzipSync(inline).byteLength;
}

/** The JavaScript of `route` (as the build names it, e.g. /[locale]/lessons/[slug]) for a page served as `html`. */
export function pageJs(route: string, html: string): PageJs {
  const stats = bundleStats().get(route);
  if (!stats) throw new Error(`${BUNDLE_STATS} has no route ${route}: rebuild with npm run build`);
  const built = stats.firstLoadChunkPaths;
  const inHtml = chunkFilesInHtml(html);
  const files = [...new Set([...built, ...inHtml])];
  return {
    route,
    chunks: files.length,
    rawBytes: files.reduce((sum, file) => sum + readFileSync(file).byteLength, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzippedSize(file), 0),
    onlyInHtml: inHtml.filter((file) => !built.includes(file)),
    onlyInBuild: built.filter((file) => !inHtml.includes(file)),
    inlineGzipBytes: inlineScriptsGzipBytes(html),
  };
}
