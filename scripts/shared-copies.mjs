// The reading, quiz and join pages' prerendered copies, answered from memory without entering Next.js.
//
// proxy.ts decides who gets a copy (lib/prerendered-page.ts): for these addresses, a browser that runs JavaScript or
// holds no learner session (for the join page, only the latter), and the copy depends only on the address then. Requests on that side of the rule are
// answered from here once Next.js has served their address once; the rest always reach Next.js. Only a response
// the cache policy found to be a page built once for everyone is kept (cache-policy.mjs), so what this serves
// never carries anyone's data; at worst an odd cookie header gets the visitor's copy.
import { isSharedPage } from './cache-policy.mjs';

const READING_OR_QUIZ_PAGE = /^\/[a-z]{2}\/lessons\/[a-z0-9-]+(?:\/quiz\/[a-z0-9-]+)?\/?$/;
const JOIN_PAGE = /^\/[a-z]{2}\/join\/?$/;
const RUNS_JAVASCRIPT = /(?:^|;\s*)fuente_js=1(?:;|$)/;
// Any mention of the learner session's cookie, under either name (lib/student-home.ts): such a request goes to Next.js.
const MENTIONS_SESSION = /fuente_session/;
// Asked by Next.js's client router or a Server Action: answered by Next.js, which reads these headers.
const FRAMEWORK_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];
// Said again on every response by serve.mjs, or by Node.js itself.
const PER_RESPONSE_HEADERS = new Set(['strict-transport-security', 'content-length', 'date', 'connection']);
// Addresses remembered: each language's reading views and quizzes, and the odd query; the oldest goes first.
const MAX_ADDRESSES = 256;

/** A plain request for a page's HTML, gzip accepted: not a form post, a Server Action or the client router's. */
function asksForPageHtml({ method, headers }) {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (headers['next-action'] !== undefined || FRAMEWORK_HEADERS.some((name) => headers[name] !== undefined))
    return false;
  return /\bgzip\b/.test(String(headers['accept-encoding'] ?? ''));
}

/** The address a request's copy is kept under, or null when the request must reach Next.js. */
export function sharedCopyKey(request) {
  const url = request.url ?? '/';
  if (!asksForPageHtml(request)) return null;
  const pathname = url.split('?')[0];
  const cookies = String(request.headers.cookie ?? '');
  if (READING_OR_QUIZ_PAGE.test(pathname))
    return RUNS_JAVASCRIPT.test(cookies) || !MENTIONS_SESSION.test(cookies) ? url : null;
  // The join page shows a signed-in learner's badge in its HTML: only a visitor's request may get the copy.
  if (JOIN_PAGE.test(pathname)) return MENTIONS_SESSION.test(cookies) ? null : url;
  return null;
}

/**
 * Whether a GET is for a page the build prerendered: one of `prerenderedPaths`, or a reading or quiz page on the
 * copy's side of the rule. A hint for gzipping once (compress-once.mjs), not a promise: a page that turns out to
 * render per request is still served right, compressed for that response alone.
 */
export function wantsPrerenderedPage(request, prerenderedPaths) {
  if (request.method !== 'GET' || !asksForPageHtml(request)) return false;
  return prerenderedPaths.has((request.url ?? '/').split('?')[0]) || sharedCopyKey(request) !== null;
}

export function createSharedCopies(maxAddresses = MAX_ADDRESSES) {
  const copies = new Map();
  return {
    /** Answers the request from memory if its address's copy is kept; false leaves it to Next.js. */
    serve(request, response, key) {
      const copy = copies.get(key);
      if (!copy) return false;
      const notModified = String(request.headers['if-none-match'] ?? '').includes(copy.etag);
      for (const [name, value] of copy.headers) {
        if (!notModified || (name !== 'content-encoding' && name !== 'content-type')) response.setHeader(name, value);
      }
      if (notModified) {
        response.writeHead(304).end();
      } else {
        response.setHeader('Content-Length', copy.body.length);
        response.writeHead(200).end(request.method === 'HEAD' ? undefined : copy.body);
      }
      return true;
    },
    /** Keeps a response Next.js just sent for this address, if it was a copy built for everyone. */
    keep(key, response, body) {
      const etag = response.getHeader('etag');
      if (response.statusCode !== 200 || !isSharedPage(response) || typeof etag !== 'string') return;
      if (response.getHeader('content-encoding') !== 'gzip') return;
      const headers = Object.entries(response.getHeaders()).filter(([name]) => !PER_RESPONSE_HEADERS.has(name));
      if (copies.size >= maxAddresses && !copies.has(key)) copies.delete(copies.keys().next().value);
      copies.set(key, { etag, headers, body });
    },
    get size() {
      return copies.size;
    },
  };
}
