import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressOnce, createGzipCache, wantsWholeJson, type GzipCache } from './compress-once.mjs';

const PAGE = `<!DOCTYPE html><html><body>${'<p>The same page for everyone.</p>'.repeat(200)}</body></html>`;

describe('wantsWholeJson', () => {
  const gzip = { 'accept-encoding': 'gzip, br' };
  it('takes the JSON endpoints every student page waits for, when the client takes gzip', () => {
    for (const url of [
      '/api/en/answers',
      '/api/es/reading-progress',
      '/api/en/lessons/zero-tolerance/state',
      '/api/es/lessons/zero-tolerance/quizzes/attribution/state',
    ])
      expect(wantsWholeJson({ url, headers: gzip }), url).toBe(true);
  });

  it('leaves streams, pages, other endpoints and clients without gzip to Next.js', () => {
    expect(wantsWholeJson({ url: '/api/en/lessons/zero-tolerance/state', headers: {} })).toBe(false);
    for (const url of [
      '/api/en/lessons/zero-tolerance/pace',
      '/api/health',
      '/en/lessons/zero-tolerance',
      '/api/en/answersx',
    ])
      expect(wantsWholeJson({ url, headers: gzip }), url).toBe(false);
  });
});

describe('createGzipCache', () => {
  it('gzips a page once per ETag, and forgets the oldest beyond its size', () => {
    const cache = createGzipCache(2);
    const first = cache.gzip(Buffer.from(PAGE), '"a"');
    expect(cache.gzip(Buffer.from('not read again: the ETag names the bytes'), '"a"')).toBe(first);
    expect(gunzipSync(first).toString()).toBe(PAGE);
    cache.gzip(Buffer.from('b'), '"b"');
    cache.gzip(Buffer.from('c'), '"c"');
    expect(cache.size).toBe(2);
    expect(gunzipSync(cache.gzip(Buffer.from('a again'), '"a"')).toString()).toBe('a again');
    // Without an ETag nothing names the bytes: gzipped for this response only.
    expect(gunzipSync(cache.gzip(Buffer.from('no tag'), undefined)).toString()).toBe('no tag');
  });
});

describe('compressOnce', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  /** A server that answers like Next.js would (`next`), behind compressOnce with the given cache. */
  async function serverWith(cache: GzipCache, next: (request: IncomingMessage, response: ServerResponse) => void) {
    const seen: (string | undefined)[] = [];
    const server = createServer((request, response) => {
      compressOnce(request, response, cache);
      seen.push(request.headers['accept-encoding'] as string | undefined);
      next(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => server.close();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (headers: Record<string, string> = {}) => {
      const response = await fetch(base, { headers: { 'accept-encoding': 'gzip', ...headers } });
      return { response, body: Buffer.from(await response.arrayBuffer()) };
    };
    return { get, seen };
  }

  it('sends what Next.js wrote in pieces as one gzip with its length, made once for the ETag', async () => {
    const cache = createGzipCache();
    const { get, seen } = await serverWith(cache, (_request, response) => {
      response.setHeader('ETag', '"v1"');
      // The uncompressed length, as a server may set it before writing: wrong once the body is gzipped.
      response.setHeader('Content-Length', Buffer.byteLength(PAGE));
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Vary: 'rsc' });
      response.write(PAGE.slice(0, 100));
      response.write(new TextEncoder().encode(PAGE.slice(100, 2000)));
      response.end(PAGE.slice(2000));
    });
    for (let visit = 0; visit < 3; visit += 1) {
      const { response, body } = await get();
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toBe('rsc, Accept-Encoding');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      // fetch has already decoded it; the length is that of the gzip on the wire.
      expect(body.toString()).toBe(PAGE);
      expect(Number(response.headers.get('content-length'))).toBeLessThan(PAGE.length / 10);
    }
    expect(cache.size).toBe(1);
    // Next.js never saw that the client accepts gzip, so it did not compress as well.
    expect(seen).toEqual([undefined, undefined, undefined]);
  });

  it('sends a 304, an error page or a small body as they are', async () => {
    const { get } = await serverWith(createGzipCache(), (request, response) => {
      const status = Number(request.headers['x-status']);
      response.statusCode = status;
      response.end(status === 304 ? undefined : status === 200 ? 'tiny' : PAGE);
    });
    const notModified = await get({ 'x-status': '304' });
    expect(notModified.response.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const missing = await get({ 'x-status': '404' });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-encoding')).toBeNull();
    expect(missing.body.toString()).toBe(PAGE);
    const tiny = await get({ 'x-status': '200' });
    expect(tiny.response.headers.get('content-encoding')).toBeNull();
    expect(tiny.body.toString()).toBe('tiny');
  });
});
