/** See static-pages.mjs. */
import type { StaticPages } from '../lib/page-policy';

export declare const STATIC_PAGES_FILE: string;
export declare function inlineScriptHashes(html: string): string[];
export declare function writeStaticPageManifest(distDir?: string): StaticPages;
