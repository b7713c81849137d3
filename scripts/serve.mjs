// The production server (`npm start`, the e2e server): Next.js behind a thin layer that decides what the app may trust
// about a request before any of it reaches Next.js.
//   - The client's address comes from the socket, or from X-Forwarded-For only as far as FUENTE_TRUSTED_PROXIES
//     proxies vouch for it; it reaches the app as x-fuente-client-address, a header no client can set.
//   - Whether the request came over HTTPS likewise (x-fuente-https), for Secure/__Host- cookies and HSTS.
//   - A body must declare its length and stay under 1 MiB (411/413 otherwise), so a chunked upload cannot
//     make the app buffer more than that.
//   - Deadlines and caps (request-guards.mjs): headers, body and response each have one; open connections are capped
//     per address and in all; a no-JS form post is read whole and its Server Action fields screened (400 otherwise).
//   - Password hashes are shared fairly by the app itself (server/auth/password-gate.ts), wherever they are posted.
//   - Every response says what a cache may keep (cache-policy.mjs): a page built for everyone, a few minutes;
//     anything else that may carry someone's data, nothing.
//   - Prerendered pages are gzipped once, not on every request (compress-once.mjs), and the reading and quiz
//     pages' copies are answered from memory once Next.js has served them (shared-copies.mjs). The small JSON
//     replies students' pages wait for are gzipped whole, not streamed through Next.js's compression.
//   - Those replies (a page's learner state, an answer or reading-progress save) come from the direct lane
//     (server/direct/lane.ts): the app's own route handlers, called without Next.js's request pipeline.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import next from 'next';
import { DIRECT_LANE_FILE } from './build-direct-lane.mjs';
import { applyCachePolicy } from './cache-policy.mjs';
import { compressOnce, createGzipCache, wantsWholeJson } from './compress-once.mjs';
import {
  capConnectionsPerAddress,
  endResponseAfter,
  formBodyIsSafe,
  isNoScriptFormPost,
  readBodyAndKeepIt,
  serverLimits,
} from './request-guards.mjs';
import { SECURITY_HEADERS } from './security-headers.mjs';
import { createSharedCopies, sharedCopyKey, wantsPrerenderedPage } from './shared-copies.mjs';
import { STATIC_PAGES_FILE } from './static-pages.mjs';

const MAX_BODY_BYTES = 1024 * 1024;
// A form's body is a few kilobytes: one that has not arrived in this time is not coming.
const FORM_BODY_DEADLINE_MS = 10_000;
// No page or action of the app takes this long; a request that does is hung, and its connection is closed.
const RESPONSE_DEADLINE_MS = 60_000;
// For what the app's own policy does not cover: nothing from elsewhere, no inline script, no framing.
const FALLBACK_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const TRUSTED_HEADERS = ['x-fuente-client-address', 'x-fuente-https'];
const PROXY_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'];

const messages = {
  en: JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8')).RequestErrors,
  es: JSON.parse(readFileSync(new URL('../messages/es.json', import.meta.url), 'utf8')).RequestErrors,
};

/** How many proxies in front of the app append to X-Forwarded-For (docs/operating.md, "Deploying safely"). */
function trustedProxyCount(value = process.env.FUENTE_TRUSTED_PROXIES) {
  const count = Number(value ?? 0);
  if (!Number.isInteger(count) || count < 0 || count > 10)
    throw new Error('FUENTE_TRUSTED_PROXIES must be a whole number from 0 to 10');
  return count;
}

/**
 * The client's address: the hop that the outermost trusted proxy saw. With no trusted proxy that is the socket's
 * peer, whatever X-Forwarded-For says; with n, the n-th address from the right of "X-Forwarded-For, socket".
 */
export function clientAddressOf(socketAddress, forwardedFor, trustedProxies) {
  const hops = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean),
    socketAddress ?? 'unknown',
  ];
  if (trustedProxies === 0) return hops.at(-1);
  return hops[Math.max(0, hops.length - 1 - trustedProxies)];
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A refusal in the request's language: a small page for a browser, plain text for anything else. */
function refuse(request, response, status, extraHeaders = {}) {
  const locale = request.url?.startsWith('/es') ? 'es' : 'en';
  const text = messages[locale][String(status)];
  const asPage = /text\/html/.test(request.headers.accept ?? '');
  response.writeHead(status, {
    'Content-Type': asPage ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
    ...extraHeaders,
  });
  response.end(
    asPage
      ? `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
          `<title>Fuente</title><p>${escapeHtml(text)}</p><p><a href="/${locale}">Fuente</a></p></html>`
      : text,
  );
}

function hasBody(request) {
  return !['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(request.method ?? 'GET');
}

/** Rewrites the trusted headers of one request; returns the status to refuse it with, or null. */
export function screenRequest(request, trustedProxies) {
  const { headers, socket } = request;
  const forwardedFor = headers['x-forwarded-for'];
  const forwardedProto = headers['x-forwarded-proto'];
  for (const name of TRUSTED_HEADERS) delete headers[name];
  headers['x-fuente-client-address'] = clientAddressOf(
    socket.remoteAddress,
    Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
    trustedProxies,
  );
  const https =
    socket.encrypted === true ||
    (trustedProxies > 0 &&
      String(forwardedProto ?? '')
        .split(',')[0]
        .trim() === 'https');
  if (https) headers['x-fuente-https'] = '1';
  if (trustedProxies === 0) {
    // Nothing a client says about proxies is believed; Next.js then fills in what it needs from the socket.
    for (const name of PROXY_HEADERS) delete headers[name];
  }
  if (hasBody(request)) {
    if (headers['transfer-encoding'] !== undefined || headers['content-length'] === undefined) return 411;
    if (Number(headers['content-length']) > MAX_BODY_BYTES) return 413;
  }
  return null;
}

/** The addresses of the pages this build prerendered (scripts/static-pages.mjs); none without the file. */
function prerenderedPaths() {
  try {
    return new Set(Object.keys(JSON.parse(readFileSync(path.join('.next', STATIC_PAGES_FILE), 'utf8')).pages));
  } catch {
    return new Set();
  }
}

/** Screens a no-JS form post's body, then hands the request to Next.js; refuses it (400, 408) otherwise. */
async function screenFormThenHandle(request, response, handle) {
  const body = await readBodyAndKeepIt(request, FORM_BODY_DEADLINE_MS);
  if (body === null) {
    refuse(request, response, 408);
    request.socket.destroy();
    return;
  }
  if (!(await formBodyIsSafe(body, request.headers['content-type']))) return refuse(request, response, 400);
  handle(request, response);
}

/** The direct lane's bundle (scripts/build-direct-lane.mjs), built with the app by scripts/build.mjs. */
async function loadDirectLane() {
  const file = path.resolve('.next', DIRECT_LANE_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the app with npm run build`);
  return import(pathToFileURL(file).href);
}

/** The lane's answer; a failure of the lane itself (not of the app, which answers its own) is a 503. */
async function answerDirectly(lane, direct, request, response) {
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  try {
    await lane.answerDirectly(direct, request, response);
  } catch (error) {
    console.error('The direct lane failed', error);
    if (response.headersSent) response.destroy();
    else refuse(request, response, 503);
  }
}

async function main() {
  const trustedProxies = trustedProxyCount();
  const limits = serverLimits();
  const port = Number(process.env.PORT || 3000);
  const hostname = process.env.HOSTNAME || undefined;
  const app = next({ dev: false, port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  const prerendered = prerenderedPaths();
  const gzipCache = createGzipCache();
  const sharedCopies = createSharedCopies();
  const lane = await loadDirectLane();

  const server = createServer((request, response) => {
    const refusal = screenRequest(request, trustedProxies);
    if (refusal) return refuse(request, response, refusal);
    if (request.headers['x-fuente-https']) response.setHeader('Strict-Transport-Security', 'max-age=31536000');
    const copyKey = sharedCopyKey(request);
    if (copyKey && sharedCopies.serve(request, response, copyKey)) return;
    endResponseAfter(request, response, RESPONSE_DEADLINE_MS, refuse);
    applyCachePolicy(response);
    // Next.js serves /_next/* without the proxy that sets the app's policy (proxy.ts), its 404 page included.
    if (request.url?.startsWith('/_next/')) response.setHeader('Content-Security-Policy', FALLBACK_POLICY);
    if (isNoScriptFormPost(request)) return void screenFormThenHandle(request, response, handle);
    if (wantsPrerenderedPage(request, prerendered)) {
      const keep = copyKey ? (body) => sharedCopies.keep(copyKey, response, body) : undefined;
      compressOnce(request, response, gzipCache, keep);
    } else if (wantsWholeJson(request)) {
      compressOnce(request, response, gzipCache);
    }
    const direct = lane.directRequestOf(request);
    if (direct) return void answerDirectly(lane, direct, request, response);
    handle(request, response);
  });
  // Slow clients must not hold sockets open forever (slowloris): the headers within 20 s, the whole request within
  // 30 s (Node answers 408 and closes), the response within RESPONSE_DEADLINE_MS.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  // An idle kept-alive connection stays open longer than the clients and proxies in front of it keep theirs (60 s
  // is common): with Node's 5 s, a client reusing a connection just as the server closes it gets ECONNRESET (seen
  // once in the authorization test's API calls), and a reverse proxy answers 502.
  server.keepAliveTimeout = 65_000;
  server.maxConnections = limits.connections;
  if (trustedProxies === 0) capConnectionsPerAddress(server, limits.connectionsPerAddress);
  server.listen(port, hostname, () => console.log(`Fuente: serving on http://${hostname ?? 'localhost'}:${port}`));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`Fuente cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
