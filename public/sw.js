// Fuente's service worker: the lesson keeps working when the school's Wi-Fi drops (docs/architecture.md, "Offline").
//
// Hand-written rather than Serwist: most of what it does is Fuente's own (whose state is kept, sign-outs, pages
// stored only when prerendered), which a Serwist worker would carry as custom code too (docs/architecture.md,
// "Offline", has the measurement).
//
// - Build files (/_next/static, icons): cache first. Their names carry a content hash, so a cached one never changes.
//   Installing stores those the lesson's pages need, from the build's list (app/api/offline-files/route.ts).
// - The lesson's reading and quiz pages: network first, the cached copy when the network fails. Only prerendered
//   copies are stored: the same HTML for everyone, with a hash CSP. A page rendered per request (it carries a nonce,
//   and perhaps a learner's answers) is never stored.
// - The learner's state (the lesson's and each quiz's /state endpoint): network first, cache when offline. This is
//   the only learner data cached. Signing out (or joining as someone else) deletes it, and so does the server's
//   answering for another learner than the one whose states are kept (putLearnerState).
// - Teacher pages and joining a class: network only; offline, the translated offline page. Never cached.
//
// The version is the build's (the page registers /sw.js?v=<build id>): a new deploy installs a new worker, which
// fills its own caches and deletes the old ones, so old and new build files never mix.

const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const PREFIX = 'fuente-';
const STATIC_CACHE = `${PREFIX}${VERSION}-static`;
const LEARNER_CACHE = `${PREFIX}${VERSION}-learner`;
const LOCALES = ['en', 'es'];

const LESSON_PAGE = /^\/([a-z]{2})\/lessons\/[a-z0-9-]+(\/quiz\/[a-z0-9-]+)?\/?$/;
const LEARNER_STATE = /^\/api\/[a-z]{2}\/lessons\/[a-z0-9-]+(\/quizzes\/[a-z0-9-]+)?\/state$/;
const QUIZ_STATE = /^\/api\/[a-z]{2}\/lessons\/[a-z0-9-]+\/quizzes\/[a-z0-9-]+\/state$/;
const SERVER_ONLY = /^\/[a-z]{2}\/(teacher|join)(\/|$)/;
const BUILD_FILE = /^\/(_next\/static\/|icons\/|icon\.svg$|[a-z]{2}\/manifest\.webmanifest$)/;

/** How a GET of this path is answered: 'build', 'lesson', 'learner', 'server-only', 'offline-page' or 'network'. */
function routeOf(pathname) {
  if (BUILD_FILE.test(pathname)) return 'build';
  if (LESSON_PAGE.test(pathname)) return 'lesson';
  if (LEARNER_STATE.test(pathname)) return 'learner';
  if (SERVER_ONLY.test(pathname)) return 'server-only';
  if (/^\/[a-z]{2}\/offline$/.test(pathname)) return 'offline-page';
  return 'network';
}

/**
 * The address a page is stored under. A quiz page's query (?q=3, the question shown) does not change the copy,
 * so it is dropped: a reload offline on question 3 finds the quiz. The reading page keeps its view.
 */
function cacheKeyOf(url) {
  const key = new URL(url.pathname, url.origin);
  const view = url.searchParams.get('view');
  if (!url.pathname.includes('/quiz/') && view) key.searchParams.set('view', view);
  return key.href;
}

/** The language of a path (its first segment), for the offline page. */
function localeOf(pathname) {
  const first = pathname.split('/')[pathname.startsWith('/api/') ? 2 : 1];
  return LOCALES.includes(first) ? first : 'en';
}

/** Only a prerendered page may be stored: the same HTML for everyone, its scripts named by hash, not by nonce. */
function isSharedPage(response) {
  const policy = response.headers.get('content-security-policy') || '';
  return response.ok && !response.redirected && !policy.includes("'nonce-");
}

/**
 * Stores the build files the lesson's pages need offline, as the build lists them (scripts/offline-files.mjs). Like
 * any precache, it fails the install when a file cannot be fetched: the browser tries again on a later visit, and
 * the worker before (if any) keeps serving. An empty list (a development server) stores nothing.
 */
async function precacheBuildFiles() {
  const listed = await fetch(`/api/offline-files?v=${encodeURIComponent(VERSION)}`, { cache: 'no-store' });
  if (!listed.ok) throw new Error(`the build's file list answered ${listed.status}`);
  const { files } = await listed.json();
  const cache = await caches.open(STATIC_CACHE);
  await Promise.all(
    files
      .filter((path) => typeof path === 'string' && routeOf(path) === 'build')
      .map(async (path) => {
        if (await cache.match(path)) return;
        const response = await fetch(path);
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        await cache.put(path, response);
      }),
  );
}

// Counts the sign-outs ('forget-learner'). A fetch that began before one may answer after it, with the signed-out
// learner's data: what it brings is stored only if no sign-out came in between, so that nothing of theirs comes back.
let learnerGeneration = 0;

/** Stores a learner-cache entry, unless a sign-out came after `generation` was read. */
async function putForLearner(generation, key, response) {
  if (generation !== learnerGeneration) return;
  const cache = await caches.open(LEARNER_CACHE);
  if (generation === learnerGeneration) await cache.put(key, response);
}

// Whose states the learner cache holds: each state names its learner in a `Fuente-Learner` header
// (server/state-endpoint.ts), and the name of the last one stored is kept under OWNER_KEY. When the server answers
// for someone else (the session ended on the server: a teacher signed the student out, removed them, it expired),
// the states kept of the one before are deleted. `ownerChanges` counts those changes: a state of the one before
// whose fetch began before the change is old news, and is dropped rather than taken for yet another change.
const OWNER_KEY = new URL('/__fuente/learner-owner', self.location.origin).href;
let ownerChanges = 0;
let ownerChecks = Promise.resolve();

async function deleteLearnerStates(cache) {
  const keys = await cache.keys();
  await Promise.all(
    keys.filter((key) => LEARNER_STATE.test(new URL(key.url).pathname)).map((key) => cache.delete(key)),
  );
}

/** Stores a learner's state (read at `generation`, `changes`), first deleting another learner's if it is theirs. */
function putLearnerState(generation, changes, key, response) {
  const owner = response.headers.get('fuente-learner');
  if (!owner) return putForLearner(generation, key, response);
  // One check at a time: two states of the next learner arriving together make one change, not two.
  const check = ownerChecks.then(async () => {
    if (generation !== learnerGeneration) return;
    const cache = await caches.open(LEARNER_CACHE);
    const kept = await cache.match(OWNER_KEY);
    const keptOwner = kept ? await kept.text() : null;
    if (keptOwner !== null && keptOwner !== owner) {
      if (changes !== ownerChanges) return;
      ownerChanges += 1;
      await deleteLearnerStates(cache);
    }
    if (keptOwner !== owner) await putForLearner(generation, OWNER_KEY, new Response(owner));
    await putForLearner(generation, key, response);
  });
  ownerChecks = check.catch(() => undefined);
  return check;
}

/** Fetches a lesson page or the learner's state and stores it. */
async function keep(url) {
  const [generation, changes] = [learnerGeneration, ownerChanges];
  const target = new URL(url, self.location.origin);
  const route = routeOf(target.pathname);
  if (route !== 'lesson' && route !== 'learner' && route !== 'offline-page') return;
  const response = await fetch(target.href, { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
  if (!response || !response.ok || response.redirected) return;
  if (route === 'learner') return putLearnerState(generation, changes, cacheKeyOf(target), response);
  if (!isSharedPage(response)) return;
  if (route === 'offline-page') await (await caches.open(STATIC_CACHE)).put(cacheKeyOf(target), response);
  else await putForLearner(generation, cacheKeyOf(target), response);
}

async function offlinePage(pathname) {
  const cached = await caches.match(`/${localeOf(pathname)}/offline`, { cacheName: STATIC_CACHE });
  return cached || new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function buildFile(request) {
  const cache = await caches.open(STATIC_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Network first; the response is stored when it may be; the stored copy answers when the network fails. */
async function networkFirst(request, url, route) {
  const [generation, changes] = [learnerGeneration, ownerChanges];
  const cache = await caches.open(LEARNER_CACHE);
  try {
    const response = await fetch(request);
    if (route === 'learner' && response.ok)
      await putLearnerState(generation, changes, cacheKeyOf(url), response.clone());
    else if (route === 'lesson' && isSharedPage(response))
      await putForLearner(generation, cacheKeyOf(url), response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKeyOf(url));
    if (cached) return cached;
    if (request.mode === 'navigate') return offlinePage(url.pathname);
    throw error;
  }
}

// The quizzes' stored state is refreshed after answers reach the server (the quiz page says so: 'answers-saved'),
// so that a page reopened offline later shows them. A burst of saves makes one refresh; a save during a refresh
// makes one more. Saves themselves go straight to the network: the worker never holds an answer.
let refreshing = null;
let refreshAgain = false;

async function refreshQuizStates() {
  const cache = await caches.open(LEARNER_CACHE);
  const keys = await cache.keys();
  await Promise.all(keys.filter((key) => QUIZ_STATE.test(new URL(key.url).pathname)).map((key) => keep(key.url)));
}

function scheduleQuizStateRefresh() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = new Promise((resolve) => setTimeout(resolve, 1000))
    .then(refreshQuizStates)
    .catch(() => undefined)
    .finally(() => {
      refreshing = null;
      if (refreshAgain) {
        refreshAgain = false;
        return scheduleQuizStateRefresh();
      }
    });
  return refreshing;
}

async function deleteLearnerCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.endsWith('-learner')).map((name) => caches.delete(name)));
}

self.addEventListener('install', (event) => {
  // The offline page in both languages and the lesson's build files, before this version takes over.
  const offlinePages = LOCALES.map((locale) => keep(`/${locale}/offline`));
  event.waitUntil(Promise.all([precacheBuildFiles(), ...offlinePages]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const old = names.filter((name) => name.startsWith(PREFIX) && !name.startsWith(`${PREFIX}${VERSION}-`));
      // The pages an older version kept are fetched again from this build before its caches go.
      const kept = [];
      for (const name of old.filter((candidate) => candidate.endsWith('-learner')))
        for (const request of await (await caches.open(name)).keys()) kept.push(request.url);
      await Promise.all(kept.map((url) => keep(url)));
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'keep-offline' && Array.isArray(data.urls)) {
    // A page whose navigation began while this worker was activating can miss the claim in 'activate' and stay
    // uncontrolled until reloaded (seen in Chromium); the page asking to be kept is taken over here.
    const claimed = self.clients.claim().catch(() => undefined);
    const done = Promise.all([claimed, ...data.urls.map((url) => keep(String(url)))]).then(() => ({ type: 'kept' }));
    event.waitUntil(done.then((reply) => event.ports[0]?.postMessage(reply)));
  }
  if (data.type === 'answers-saved') event.waitUntil(scheduleQuizStateRefresh());
  if (data.type === 'forget-learner') {
    learnerGeneration += 1;
    event.waitUntil(deleteLearnerCaches().then(() => event.ports[0]?.postMessage({ type: 'forgotten' })));
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // RSC requests (a client-side navigation) go to the network; when that fails, Next.js loads the page itself.
  if (request.method !== 'GET' || request.headers.has('RSC') || url.searchParams.has('_rsc')) return;
  const route = routeOf(url.pathname);
  if (route === 'build') event.respondWith(buildFile(request));
  else if (route === 'lesson' || route === 'learner') event.respondWith(networkFirst(request, url, route));
  else if (route === 'offline-page')
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
  else if (request.mode === 'navigate')
    // Teacher pages, joining, and any page not kept: the network, or the offline page in the page's language.
    event.respondWith(fetch(request).catch(() => offlinePage(url.pathname)));
});
