import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCachePolicy, SHARED_PAGE_HEADER } from './cache-policy.mjs';
import { compressOnce, createGzipCache } from './compress-once.mjs';
import { createSharedCopies, sharedCopyKey, wantsPrerenderedPage } from './shared-copies.mjs';

const PAGE = `<!DOCTYPE html><html><body>${'<p>The same page for everyone.</p>'.repeat(200)}</body></html>`;

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({
  method,
  url,
  headers: { 'accept-encoding': 'gzip, deflate, br', ...headers },
});

describe('wantsPrerenderedPage', () => {
  const paths = new Set(['/en', '/es/teacher/signup']);

  it('takes the prerendered paths, and reading and quiz pages for a browser that runs JavaScript or a visitor', () => {
    expect(wantsPrerenderedPage(request('/en'), paths)).toBe(true);
    expect(wantsPrerenderedPage(request('/es/teacher/signup?x=1'), paths)).toBe(true);
    expect(wantsPrerenderedPage(request('/en/lessons/zero-tolerance'), paths)).toBe(true); // a first visit
    expect(wantsPrerenderedPage(request('/en/lessons/zero-tolerance', { cookie: 'a=b; fuente_js=1' }), paths)).toBe(
      true,
    );
    expect(
      wantsPrerenderedPage(request('/en/lessons/zero-tolerance?view=bilingual', { cookie: 'fuente_js=1' }), paths),
    ).toBe(true);
    expect(
      wantsPrerenderedPage(request('/es/lessons/zero-tolerance/quiz/attribution', { cookie: 'fuente_js=1' }), paths),
    ).toBe(true);
  });

  it('leaves everything else to Next.js', () => {
    expect(wantsPrerenderedPage(request('/en/privacy'), paths)).toBe(false);
    // A learner whose browser has not run the app's JavaScript: rendered per request.
    const learner = { cookie: 'fuente_js=10; __Host-fuente_session=abc' };
    expect(wantsPrerenderedPage(request('/en/lessons/zero-tolerance', learner), paths)).toBe(false);
    expect(wantsPrerenderedPage(request('/en/lessons/zero-tolerance', { cookie: 'fuente_session=a' }), paths)).toBe(
      false,
    );
    expect(
      wantsPrerenderedPage(
        request('/en/lessons/zero-tolerance/quiz/attribution/results', { cookie: 'fuente_js=1' }),
        paths,
      ),
    ).toBe(false);
    expect(wantsPrerenderedPage(request('/en', { rsc: '1' }), paths)).toBe(false); // a client navigation's payload
    expect(wantsPrerenderedPage(request('/en', {}, 'POST'), paths)).toBe(false);
    expect(wantsPrerenderedPage(request('/en', {}, 'HEAD'), paths)).toBe(false);
    expect(wantsPrerenderedPage(request('/en', { 'accept-encoding': 'identity' }), paths)).toBe(false);
  });
});

describe('sharedCopyKey', () => {
  it('keys a reading or quiz page by its address, for a browser that runs JavaScript or holds no session', () => {
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance?view=bilingual'))).toBe(
      '/en/lessons/zero-tolerance?view=bilingual',
    );
    expect(sharedCopyKey(request('/es/lessons/zero-tolerance/quiz/attribution', {}, 'HEAD'))).toBe(
      '/es/lessons/zero-tolerance/quiz/attribution',
    );
    const returning = { cookie: 'NEXT_LOCALE=es; __Host-fuente_session=abc; fuente_js=1' };
    expect(sharedCopyKey(request('/es/lessons/zero-tolerance', returning))).toBe('/es/lessons/zero-tolerance');
  });

  it('leaves a learner without JavaScript, the client router, other pages and other methods to Next.js', () => {
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance', { cookie: 'fuente_session=abc' }))).toBeNull();
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance', { cookie: 'x=fuente_session' }))).toBeNull();
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance', { rsc: '1' }))).toBeNull();
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance', {}, 'POST'))).toBeNull();
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance', { 'accept-encoding': 'br' }))).toBeNull();
    expect(sharedCopyKey(request('/en/lessons/zero-tolerance/quiz/comprehension/results'))).toBeNull();
    expect(sharedCopyKey(request('/en'))).toBeNull();
  });

  it('keys the join page for a visitor alone: a learner’s copy would lack their badge, JavaScript or not', () => {
    expect(sharedCopyKey(request('/es/join'))).toBe('/es/join');
    expect(sharedCopyKey(request('/en/join', { cookie: 'fuente_js=1' }))).toBe('/en/join');
    expect(sharedCopyKey(request('/en/join', { cookie: 'fuente_js=1; __Host-fuente_session=abc' }))).toBeNull();
    expect(sharedCopyKey(request('/en/join/welcome'))).toBeNull();
  });
});

describe('createSharedCopies', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  /** serve.mjs's path for a page, with `next` answering as Next.js would; counts the requests that reach it. */
  async function serverWith(next: (request: IncomingMessage, response: ServerResponse) => void) {
    const copies = createSharedCopies(2);
    const gzipCache = createGzipCache();
    let reachedNext = 0;
    const server = createServer((request, response) => {
      const key = sharedCopyKey(request);
      if (key && copies.serve(request, response, key)) return;
      applyCachePolicy(response);
      reachedNext += 1;
      compressOnce(request, response, gzipCache, key ? (body) => copies.keep(key, response, body) : undefined);
      next(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => server.close();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
      const response = await fetch(base + path, { method, headers: { 'accept-encoding': 'gzip', ...headers } });
      return { response, body: await response.text() };
    };
    return { get, copies, reachedNext: () => reachedNext };
  }

  const nextAnswering = (shared: (path: string) => boolean) => (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('ETag', '"v1"');
    response.setHeader('Cache-Control', 's-maxage=31536000');
    response.setHeader('Content-Security-Policy', "script-src 'sha256-x'");
    if (shared(request.url!)) response.setHeader(SHARED_PAGE_HEADER, '1');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  };

  it('answers a copy Next.js served once from memory, with the same headers, a 304 and a HEAD included', async () => {
    const { get, reachedNext } = await serverWith(nextAnswering(() => true));
    const first = await get('/en/lessons/zero-tolerance');
    const second = await get('/en/lessons/zero-tolerance', { cookie: 'fuente_js=1' });
    expect(reachedNext()).toBe(1);
    for (const { response, body } of [first, second]) {
      expect(body).toBe(PAGE);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate, s-maxage=300');
      expect(response.headers.get('vary')).toBe('Accept-Encoding, Cookie');
      expect(response.headers.get('content-security-policy')).toBe("script-src 'sha256-x'");
      expect(response.headers.get(SHARED_PAGE_HEADER)).toBeNull();
    }
    const notModified = await get('/en/lessons/zero-tolerance', { 'if-none-match': '"v1"' });
    expect(notModified.response.status).toBe(304);
    expect(notModified.response.headers.get('etag')).toBe('"v1"');
    const head = await get('/en/lessons/zero-tolerance', {}, 'HEAD');
    expect(head.response.status).toBe(200);
    expect(head.body).toBe('');
    expect(reachedNext()).toBe(1);
  });

  it('keeps nothing Next.js rendered per request, and no copy for a learner without JavaScript', async () => {
    const { get, copies, reachedNext } = await serverWith(nextAnswering((url) => url.includes('bilingual')));
    const rendered = await get('/en/lessons/zero-tolerance');
    expect(rendered.response.headers.get('cache-control')).toBe('private, no-store');
    await get('/en/lessons/zero-tolerance');
    expect(reachedNext()).toBe(2);
    await get('/en/lessons/zero-tolerance?view=bilingual');
    expect(copies.size).toBe(1);
    await get('/en/lessons/zero-tolerance?view=bilingual', { cookie: 'fuente_session=abc' });
    expect(reachedNext()).toBe(4);
  });
});
