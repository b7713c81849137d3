/** See compress-once.mjs: the parts serve.mjs and its tests call. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type GzipCache = { gzip(body: Buffer, etag: unknown): Buffer; readonly size: number };

export declare function wantsWholeJson(request: Pick<IncomingMessage, 'url' | 'headers'>): boolean;
export declare function createGzipCache(maxEntries?: number): GzipCache;
export declare function compressOnce(
  request: IncomingMessage,
  response: ServerResponse,
  cache: GzipCache,
  sent?: (body: Buffer) => void,
): void;
