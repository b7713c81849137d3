import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DIRECT_ROUTES, directRequestOf } from './lane';

const HOST = 'school.example';
const request = (method: string, url: string, headers: Record<string, string> = {}) =>
  ({ method, url, headers: { host: HOST, ...headers } }) as unknown as IncomingMessage;
const post = (url: string, headers: Record<string, string> = {}) =>
  request('POST', url, { origin: `http://${HOST}`, 'content-type': 'application/json', ...headers });

/** Every route handler under app/api, with an address that reaches it (each dynamic segment filled in). */
function apiRoutes(folder = 'app/api'): { file: string; address: string }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return apiRoutes(full);
    if (entry.name !== 'route.ts') return [];
    const address = `/${path.dirname(full).replace(/^app\//, '')}`.replace(/\[(\w+)\]/g, (_, name: string) =>
      name === 'locale' ? 'es' : `some-${name.toLowerCase()}`,
    );
    return [{ file: full, address }];
  });
}

describe('the direct lane', () => {
  it('answers with the very handler Next.js would call for that route, and for no other route', async () => {
    const answered = new Set<unknown>();
    for (const { file, address } of apiRoutes()) {
      const routeModule = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const method of ['GET', 'POST']) {
        const direct = directRequestOf(method === 'POST' ? post(address) : request('GET', address));
        if (!direct) continue;
        expect(direct.handler, `${method} ${address}`).toBe(routeModule[method]);
        answered.add(direct.handler);
      }
    }
    expect(answered.size).toBe(DIRECT_ROUTES.length);
  });

  it('passes the route’s parameters decoded, and ignores the query string', () => {
    const direct = directRequestOf(request('GET', '/api/es/lessons/zero-tolerance/quizzes/comprehension/state?x=1'));
    expect(direct?.params).toEqual({ locale: 'es', slug: 'zero-tolerance', quizId: 'comprehension' });
    expect(directRequestOf(request('GET', '/api/en/lessons/caf%C3%A9/state'))?.params).toEqual({
      locale: 'en',
      slug: 'café',
    });
  });

  it('leaves to Next.js (and its proxy’s refusals) whatever is not a plain request for one of its routes', () => {
    const state = '/api/en/lessons/zero-tolerance/state';
    expect(directRequestOf(request('GET', state))).not.toBeNull();
    expect(directRequestOf(post('/api/en/answers'))).not.toBeNull();
    for (const left of [
      request('POST', state),
      request('HEAD', state),
      request('GET', `${state}/`),
      request('GET', '/api/en/lessons/%E0%A4%A/state'),
      request('GET', `${state}?q=${'x'.repeat(2100)}`),
      request('GET', state, { rsc: '1' }),
      request('GET', state, { 'next-router-state-tree': '[]' }),
      post('/api/en/answers', { 'next-action': 'abc' }),
      request('GET', '/api/en/answers'),
      request('POST', '/api/en/answers', { 'content-type': 'application/json' }),
      post('/api/en/answers', { origin: 'https://elsewhere.example' }),
      post('/api/en/answers', { 'content-length': String(64 * 1024) }),
      request('GET', state, { 'x-odd': 'a\u0000b' }),
      request('GET', '/en/lessons/zero-tolerance'),
    ])
      expect(directRequestOf(left), `${left.method} ${left.url} ${JSON.stringify(left.headers)}`).toBeNull();
  });
});
