import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lessonOfflinePaths } from './lesson-offline-paths';
import { webAppManifest } from './web-app-manifest';

type Worker = {
  VERSION: string;
  STATIC_CACHE: string;
  LEARNER_CACHE: string;
  routeOf: (pathname: string) => string;
  cacheKeyOf: (url: URL) => string;
  localeOf: (pathname: string) => string;
  isSharedPage: (response: Response) => boolean;
  listeners: string[];
  /** Dispatches an event to the worker's listener and waits for what it passed to waitUntil. */
  dispatch: (type: string, event: Record<string, unknown>) => Promise<void>;
  claims: () => number;
};

/** public/sw.js run as a browser would, with the version in its URL; its top-level functions are read back. */
function loadWorker(version = 'abc123', globals: Record<string, unknown> = {}): Worker {
  const handlers = new Map<string, (event: unknown) => void>();
  let claims = 0;
  const self = {
    location: { href: `http://localhost/sw.js?v=${version}`, origin: 'http://localhost' },
    addEventListener: (type: string, handler: (event: unknown) => void) => void handlers.set(type, handler),
    clients: { claim: async () => void (claims += 1) },
    skipWaiting: async () => undefined,
  };
  const dispatch = async (type: string, event: Record<string, unknown>) => {
    const pending: Promise<unknown>[] = [];
    handlers.get(type)!({ ...event, waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
    await Promise.all(pending);
  };
  const source = readFileSync(path.join(process.cwd(), 'public', 'sw.js'), 'utf8');
  const context: Record<string, unknown> = { self, URL, Response, Headers, Set, Error, ...globals };
  runInNewContext(
    `${source}\n;globalThis.exported = { VERSION, STATIC_CACHE, LEARNER_CACHE, routeOf, cacheKeyOf, localeOf, isSharedPage };`,
    context,
  );
  return {
    ...(context.exported as Omit<Worker, 'listeners' | 'dispatch' | 'claims'>),
    listeners: [...handlers.keys()],
    dispatch,
    claims: () => claims,
  };
}

const page = (policy: string, init: ResponseInit = {}) =>
  new Response('<html></html>', { ...init, headers: { 'content-security-policy': policy } });

describe('the service worker (public/sw.js)', () => {
  const worker = loadWorker();

  it('names its caches after the build it came with, so a new deploy starts fresh ones', () => {
    expect(worker.VERSION).toBe('abc123');
    expect([worker.STATIC_CACHE, worker.LEARNER_CACHE]).toEqual(['fuente-abc123-static', 'fuente-abc123-learner']);
    expect(loadWorker('def456').STATIC_CACHE).toBe('fuente-def456-static');
    expect(worker.listeners.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });

  it('keeps the lesson’s pages and state, never a teacher page or the join page', () => {
    expect(worker.routeOf('/en/lessons/zero-tolerance')).toBe('lesson');
    expect(worker.routeOf('/es/lessons/zero-tolerance/quiz/comprehension')).toBe('lesson');
    expect(worker.routeOf('/api/es/lessons/zero-tolerance/state')).toBe('learner');
    expect(worker.routeOf('/api/en/lessons/zero-tolerance/quizzes/attribution/state')).toBe('learner');
    expect(worker.routeOf('/_next/static/chunks/0a1b.js')).toBe('build');
    expect(worker.routeOf('/es/manifest.webmanifest')).toBe('build');
    expect(worker.routeOf('/en/offline')).toBe('offline-page');
    for (const serverOnly of ['/en/teacher', '/es/teacher/classes/x', '/en/join', '/es/join/resume'])
      expect(worker.routeOf(serverOnly), serverOnly).toBe('server-only');
    // Results, answers, the home page: the network.
    for (const other of [
      '/en/lessons/zero-tolerance/quiz/comprehension/results',
      '/api/en/answers',
      '/api/en/reading-progress',
      '/en',
    ])
      expect(worker.routeOf(other), other).toBe('network');
  });

  it('stores a quiz page under its address without the question shown, and the reading page with its view', () => {
    const key = (url: string) => worker.cacheKeyOf(new URL(url));
    expect(key('http://localhost/en/lessons/x/quiz/comprehension?q=3')).toBe(
      'http://localhost/en/lessons/x/quiz/comprehension',
    );
    expect(key('http://localhost/en/lessons/x?view=bilingual&utm=1')).toBe(
      'http://localhost/en/lessons/x?view=bilingual',
    );
    expect(key('http://localhost/en/lessons/x')).toBe('http://localhost/en/lessons/x');
  });

  it('stores only prerendered pages: a page with a nonce was rendered for one learner', () => {
    expect(worker.isSharedPage(page("script-src 'self' 'sha256-abc='"))).toBe(true);
    expect(worker.isSharedPage(page("script-src 'self' 'nonce-abc=='"))).toBe(false);
    expect(worker.isSharedPage(page("script-src 'self'", { status: 500 }))).toBe(false);
  });

  it('takes over the page that asks to be kept, even one that missed the claim made on activation', async () => {
    const fresh = loadWorker();
    const replies: unknown[] = [];
    await fresh.dispatch('message', {
      data: { type: 'keep-offline', urls: [] },
      ports: [{ postMessage: (reply: unknown) => replies.push(reply) }],
    });
    expect(fresh.claims()).toBe(1);
    expect(replies).toEqual([{ type: 'kept' }]);
  });

  it('answers offline in the language of the page asked for', () => {
    expect(worker.localeOf('/es/teacher')).toBe('es');
    expect(worker.localeOf('/api/es/answers')).toBe('es');
    expect(worker.localeOf('/fr/x')).toBe('en');
  });
});

describe('what a lesson keeps offline', () => {
  it('is the reading page in both views, each quiz page, and the learner’s state for each', () => {
    expect(lessonOfflinePaths('es', 'zero-tolerance', ['comprehension', 'attribution'])).toEqual([
      '/es/lessons/zero-tolerance',
      '/es/lessons/zero-tolerance?view=bilingual',
      '/api/es/lessons/zero-tolerance/state',
      '/es/lessons/zero-tolerance/quiz/comprehension',
      '/api/es/lessons/zero-tolerance/quizzes/comprehension/state',
      '/es/lessons/zero-tolerance/quiz/attribution',
      '/api/es/lessons/zero-tolerance/quizzes/attribution/state',
    ]);
  });

  it('has an installable manifest per language', () => {
    const manifest = webAppManifest('es', { name: 'Fuente: lecturas', description: 'd' });
    expect(manifest).toMatchObject({ id: '/es', lang: 'es', start_url: '/es', display: 'standalone', scope: '/' });
    expect(manifest.icons?.filter((icon) => icon.sizes === '512x512').map((icon) => icon.purpose)).toEqual([
      'any',
      'maskable',
    ]);
  });
});

/** Cache Storage in memory: cache name → request URL → response. */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      put: async (key: string | Request, response: Response) =>
        void store.set(typeof key === 'string' ? key : key.url, response),
      keys: async () => [...store.keys()].map((url) => new Request(url)),
      match: async (key: string | Request) => store.get(typeof key === 'string' ? key : key.url)?.clone(),
      delete: async (key: string | Request) => store.delete(typeof key === 'string' ? key : key.url),
    };
  };
  return {
    stores,
    caches: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
  };
}

describe('the service worker installing', () => {
  /** A server with the build's list, the files on it and the offline pages; `missing` answers 404. */
  function server(files: string[], missing: string[] = []) {
    const asked: string[] = [];
    const fetch = async (url: string) => {
      const { pathname } = new URL(url, 'http://localhost');
      asked.push(pathname);
      if (pathname === '/api/offline-files') return Response.json({ files });
      if (missing.includes(pathname)) return new Response('', { status: 404 });
      const policy = "script-src 'self' 'sha256-abc='";
      return new Response(pathname, { status: 200, headers: { 'content-security-policy': policy } });
    };
    return { fetch, asked };
  }

  it('stores the build files the build lists for the lesson, and the offline page in both languages', async () => {
    const { stores, caches } = memoryCaches();
    const files = ['/_next/static/chunks/a1.js', '/_next/static/chunks/b2.css', '/_next/static/media/icon.svg'];
    const { fetch, asked } = server([...files, '/en/teacher']);
    const worker = loadWorker('abc123', { caches, fetch });
    await worker.dispatch('install', {});
    const stored = [...stores.get(worker.STATIC_CACHE)!.keys()].map((key) => new URL(key, 'http://localhost').pathname);
    expect(stored.sort()).toEqual([...files, '/en/offline', '/es/offline'].sort());
    // Only build files are taken from the list: a page named there is not fetched.
    expect(asked).not.toContain('/en/teacher');
  });

  it('fails the install when a listed file cannot be fetched, so that the browser tries again', async () => {
    const { caches } = memoryCaches();
    const { fetch } = server(
      ['/_next/static/chunks/a1.js', '/_next/static/chunks/gone.js'],
      ['/_next/static/chunks/gone.js'],
    );
    const worker = loadWorker('abc123', { caches, fetch });
    await expect(worker.dispatch('install', {})).rejects.toThrow(/gone\.js answered 404/);
  });
});

describe('the service worker on a shared computer', () => {
  it('stores nothing a fetch brings back after the learner signed out, though it began before', async () => {
    const { stores, caches } = memoryCaches();
    let answer: (response: Response) => void = () => {};
    const fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    const worker = loadWorker('abc123', { caches, fetch });
    const state = '/api/en/lessons/zero-tolerance/state';
    const message = (data: Record<string, unknown>) => worker.dispatch('message', { data, ports: [] });
    const keeping = message({ type: 'keep-offline', urls: [state] });
    const forgetting = message({ type: 'forget-learner' });
    await forgetting;
    // A's state arrives after A signed out: it must not land in the learner cache.
    answer(new Response('{"student":{"displayName":"Ana"}}', { status: 200 }));
    await keeping;
    expect([...(stores.get(worker.LEARNER_CACHE)?.keys() ?? [])]).toEqual([]);
    // The next learner's state is kept as usual.
    const next = message({ type: 'keep-offline', urls: [state] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    answer(new Response('{"student":null}', { status: 200 }));
    await next;
    expect([...stores.get(worker.LEARNER_CACHE)!.keys()]).toEqual([`http://localhost${state}`]);
  });

  /** A worker whose fetches wait until the test answers them, in any order. */
  function workerWithHeldFetches() {
    const { stores, caches } = memoryCaches();
    const held: { url: string; answer: (response: Response) => void }[] = [];
    const fetch = (url: string) => new Promise<Response>((resolve) => held.push({ url, answer: resolve }));
    const worker = loadWorker('abc123', { caches, fetch });
    const keepOffline = (urls: string[]) =>
      worker.dispatch('message', { data: { type: 'keep-offline', urls }, ports: [] });
    const kept = () => [...(stores.get(worker.LEARNER_CACHE)?.keys() ?? [])].map((key) => new URL(key).pathname).sort();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    return { held, keepOffline, kept, settle };
  }
  const stateOf = (owner: string, body = '{}') =>
    new Response(body, { status: 200, headers: { 'Fuente-Learner': owner } });
  const lessonState = '/api/en/lessons/zero-tolerance/state';
  const quizState = '/api/en/lessons/zero-tolerance/quizzes/comprehension/state';

  it('deletes the states it kept of one learner once the server answers for another (a session ended elsewhere)', async () => {
    const { held, keepOffline, kept, settle } = workerWithHeldFetches();
    const first = keepOffline([lessonState, quizState]);
    await settle();
    for (const fetch of held.splice(0)) fetch.answer(stateOf('ana'));
    await first;
    expect(kept()).toEqual(['/__fuente/learner-owner', quizState, lessonState].sort());
    // Online again, the server no longer knows Ana's session: the reading page's state is a visitor's.
    const second = keepOffline([lessonState]);
    await settle();
    held.splice(0)[0]!.answer(stateOf('visitor', '{"student":null}'));
    await second;
    expect(kept()).toEqual(['/__fuente/learner-owner', lessonState].sort());
  });

  it('drops a state of the learner before that arrives after the change, rather than bringing theirs back', async () => {
    const { held, keepOffline, kept, settle } = workerWithHeldFetches();
    const first = keepOffline([lessonState]);
    await settle();
    held.splice(0)[0]!.answer(stateOf('ana'));
    await first;
    const late = keepOffline([quizState]); // began while Ana's session was still valid
    const next = keepOffline([lessonState]);
    await settle();
    const [lateFetch, nextFetch] = held.splice(0);
    nextFetch!.answer(stateOf('visitor'));
    await next;
    lateFetch!.answer(stateOf('ana', '{"answers":{"c1":"Ana’s answer"}}'));
    await late;
    expect(kept()).toEqual(['/__fuente/learner-owner', lessonState].sort());
  });
});
