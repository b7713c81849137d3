// What a cache between the app and the browser (a CDN, nginx, Caddy, the browser's own) may keep: one rule for every
// response the server sends, applied as its headers go out (serve.mjs).
//
// - A page built once for everyone (proxy.ts marks it: its policy names its scripts by hash, it sets no cookie) may
//   be kept by a shared cache for a few minutes and revalidated by its ETag. The same address renders per request
//   for some cookies (a learner without JavaScript, a student's home page), so it varies by Cookie.
// - Any other page or data (HTML, JSON, a React Server Components payload, CSV) is `private, no-store`: it may
//   carry a learner's or a teacher's data, or a nonce made for this response alone.
// - The rest (Next.js's content-hashed build files, the files in public/) keeps what Next.js gave it, if anything;
//   a response with no Cache-Control is private too.

/** Set by proxy.ts on a page the build prerendered; removed here before the response leaves. */
export const SHARED_PAGE_HEADER = 'x-fuente-shared-page';

// Five minutes in a shared cache, then revalidated: a redeploy reaches every reader within that. A browser asks again
// each time (a 304 when nothing changed), so a student who joins a class sees their own page at once.
export const SHARED_PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate, s-maxage=300';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

const DATA_TYPES = /^(text\/html|application\/json|text\/x-component|text\/csv)\b/i;

const shared = new WeakSet();

/** The Cache-Control a response leaves with, and whether it is a shared page; the headers as set by the app. */
export function cachePolicyFor(status, headers) {
  const marked = headers[SHARED_PAGE_HEADER] !== undefined;
  const validated = headers.etag !== undefined;
  if (marked && validated && headers['set-cookie'] === undefined && (status === 200 || status === 304))
    return { cacheControl: SHARED_PAGE_CACHE_CONTROL, shared: true };
  // Without a Cache-Control of its own, a response (a 404 with no body, say) may be kept by a cache's heuristics and
  // handed to someone else at the same address.
  if (DATA_TYPES.test(String(headers['content-type'] ?? '')) || headers['cache-control'] === undefined)
    return { cacheControl: PRIVATE_CACHE_CONTROL, shared: false };
  return { cacheControl: headers['cache-control'], shared: false };
}

/** Applies `cachePolicyFor` to the response's headers once, as they are written. Call before anything else wraps it. */
export function applyCachePolicy(response) {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithCachePolicy(status, ...rest) {
    // Headers passed to writeHead itself join those set before, as Node.js does.
    const [reason, passed] = typeof rest[0] === 'string' ? rest : [undefined, rest[0]];
    const pairs = Array.isArray(passed) ? pairsOf(passed) : Object.entries(passed ?? {});
    for (const [name, value] of pairs) response.setHeader(name, value);
    const headers = response.getHeaders();
    const policy = cachePolicyFor(status, headers);
    response.removeHeader(SHARED_PAGE_HEADER);
    if (policy.cacheControl === undefined) response.removeHeader('cache-control');
    else response.setHeader('Cache-Control', policy.cacheControl);
    if (policy.shared) {
      shared.add(response);
      const vary = String(headers.vary ?? '');
      if (!/\bcookie\b/i.test(vary)) response.setHeader('Vary', vary ? `${vary}, Cookie` : 'Cookie');
    }
    return reason === undefined ? writeHead.call(response, status) : writeHead.call(response, status, reason);
  };
}

/** Whether `applyCachePolicy` found this response to be a page built once for everyone. */
export function isSharedPage(response) {
  return shared.has(response);
}

/** writeHead's headers given as a flat array: name, value, name, value… */
export function pairsOf(flat) {
  const pairs = [];
  for (let index = 0; index + 1 < flat.length; index += 2) pairs.push([flat[index], flat[index + 1]]);
  return pairs;
}
