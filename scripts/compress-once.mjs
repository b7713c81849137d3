// Prerendered pages, gzipped once. Next.js compresses every response as it sends it, so the 130 KiB reading page
// cost a fresh gzip on every visit: half the server's time for that page (docs/benchmarks-history.md,
// "Compressing once").
// The page is the same bytes for everyone, so serve.mjs takes its compression over: Next.js writes the page
// uncompressed, and the gzip made the first time is kept, keyed by the page's ETag (a hash of its bytes).
import { gzipSync } from 'node:zlib';
import { pairsOf } from './cache-policy.mjs';

// Below this size gzip saves nothing worth the work; Next.js's own threshold.
const MIN_BYTES = 1024;
// Pages kept: two languages × a few prerendered pages and reading views; a redeploy starts afresh.
const MAX_ENTRIES = 64;
// The learner's state for a prerendered page, and an answer's or reading progress's save: small JSON, sent whole.
const JSON_ENDPOINT =
  /^\/api\/[a-z]{2}\/(?:answers|reading-progress|lessons\/[a-z0-9-]+\/(?:quizzes\/[a-z0-9-]+\/)?state)(?:\?|$)/;

/**
 * Whether a request is for one of the JSON endpoints a student's every page calls, a client that takes gzip. Next.js
 * would compress the reply through streams and the thread pool, which cost the quiz page's state a third of its
 * throughput (bench/README.md, "The bell"); compressOnce gzips the whole small body at once instead.
 */
export function wantsWholeJson(request) {
  return JSON_ENDPOINT.test(request.url ?? '') && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

/** A bounded memory of gzipped pages by ETag. */
export function createGzipCache(maxEntries = MAX_ENTRIES) {
  const entries = new Map();
  return {
    gzip(body, etag) {
      // Without an ETag the body is one learner's reply, gzipped for this response only: the fastest level, which
      // takes half the time of the default for a tenth more bytes on a 10 KiB quiz state.
      if (!etag) return gzipSync(body, { level: 1 });
      let gzipped = entries.get(etag);
      if (!gzipped) {
        gzipped = gzipSync(body);
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
        entries.set(etag, gzipped);
      }
      return gzipped;
    },
    get size() {
      return entries.size;
    },
  };
}

function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Has Next.js write this response uncompressed into memory, then sends it gzipped from `cache` in one piece. Call it
 * before handing the request to Next.js: it removes the request's Accept-Encoding so that Next.js does not gzip too.
 * `sent` is called with the body as sent, once the response has gone.
 */
export function compressOnce(request, response, cache, sent = () => {}) {
  delete request.headers['accept-encoding'];
  const chunks = [];
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  // Headers stay open until the body is complete: its encoding and length are only known then.
  response.writeHead = function writeHead(status, reason, headers) {
    if (typeof reason !== 'string') [headers, reason] = [reason, undefined];
    response.statusCode = status;
    if (reason) response.statusMessage = reason;
    const pairs = Array.isArray(headers) ? pairsOf(headers) : Object.entries(headers ?? {});
    for (const [name, value] of pairs) response.setHeader(name, value);
    return response;
  };
  response.write = function write(chunk, encoding, callback) {
    chunks.push(toBuffer(chunk, encoding));
    (typeof encoding === 'function' ? encoding : callback)?.();
    return true;
  };
  response.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk) chunks.push(toBuffer(chunk, encoding));
    Object.assign(response, original);
    if (response.statusCode === 204 || response.statusCode === 304) return response.end(callback);
    let body = Buffer.concat(chunks);
    if (response.statusCode === 200 && body.length >= MIN_BYTES && !response.getHeader('content-encoding')) {
      body = cache.gzip(body, response.getHeader('etag'));
      response.setHeader('Content-Encoding', 'gzip');
      const vary = String(response.getHeader('vary') ?? '');
      if (!/accept-encoding/i.test(vary))
        response.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    }
    response.removeHeader('transfer-encoding');
    response.setHeader('Content-Length', body.length);
    response.end(body, callback);
    sent(body);
    return response;
  };
}
