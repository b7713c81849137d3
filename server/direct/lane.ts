import 'server-only';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { MAX_JSON_BODY_BYTES } from '@/lib/post-json';
import { isCrossOrigin } from '@/lib/same-origin';
import { MAX_URL_LENGTH } from '@/lib/server-action-request';
import { joinEndpoint } from '../learner/join-endpoint';
import { lessonStateEndpoint } from '../learner/lesson-state-endpoint';
import { readingProgressEndpoint } from '../learner/reading-endpoint';
import { answerEndpoint } from '../quiz/answer-endpoint';
import { quizStateEndpoint } from '../quiz/quiz-state-endpoint';
import { runInScope } from './request-scope';

// The direct lane: scripts/serve.mjs answers the students' most frequent requests (their page's state, an answer
// save, a reading-progress save, a join) by calling the same route handlers Next.js would, without Next.js's routing and
// request pipeline, which cost about 2.5 ms of the one core for each (bench/README.md, "The bell"). Whatever the lane
// does not take, Next.js answers: another method, a Server Action or router header, a long URL, a cross-origin post
// (the proxy refuses those), a path that only looks like one of these.

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

type DirectRoute = {
  method: 'GET' | 'POST';
  /** The app/api route's path, its dynamic segments as capture groups named as in the route's folders. */
  pattern: RegExp;
  handler: Handler<Record<string, string>>;
};

const route = <P extends Record<string, string>>(method: 'GET' | 'POST', pattern: RegExp, handler: Handler<P>) =>
  ({ method, pattern, handler }) as DirectRoute;

export const DIRECT_ROUTES: DirectRoute[] = [
  // app/api/[locale]/lessons/[slug]/state/route.ts
  route('GET', /^\/api\/(?<locale>[^/]+)\/lessons\/(?<slug>[^/]+)\/state$/, lessonStateEndpoint),
  // app/api/[locale]/lessons/[slug]/quizzes/[quizId]/state/route.ts
  route(
    'GET',
    /^\/api\/(?<locale>[^/]+)\/lessons\/(?<slug>[^/]+)\/quizzes\/(?<quizId>[^/]+)\/state$/,
    quizStateEndpoint,
  ),
  // app/api/[locale]/answers/route.ts
  route('POST', /^\/api\/(?<locale>[^/]+)\/answers$/, answerEndpoint),
  // app/api/[locale]/reading-progress/route.ts
  route('POST', /^\/api\/(?<locale>[^/]+)\/reading-progress$/, readingProgressEndpoint),
  // app/api/[locale]/join/route.ts
  route('POST', /^\/api\/(?<locale>[^/]+)\/join$/, joinEndpoint),
];

/** Headers that send a request to Next.js: a Server Action's or the router's, which the proxy screens. */
const NEXT_HEADERS = ['next-action', 'next-router-state-tree', 'rsc'];

export type DirectRequest = {
  handler: DirectRoute['handler'];
  params: Record<string, string>;
  method: string;
  url: string;
  headers: Headers;
};

/** Whether the lane answers this request, and with what; null leaves it to Next.js. */
export function directRequestOf({ method, url, headers: nodeHeaders }: IncomingMessage): DirectRequest | null {
  if (!method || !url || url.length > MAX_URL_LENGTH || !url.startsWith('/api/')) return null;
  if (NEXT_HEADERS.some((name) => nodeHeaders[name] !== undefined)) return null;
  // The lane reads a body whole before the handler sees it; a body over the JSON limit is Next.js's to refuse as it
  // arrives, so that no request makes the lane hold more than the limit.
  if (Number(nodeHeaders['content-length'] ?? 0) > MAX_JSON_BODY_BYTES) return null;
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  const found = DIRECT_ROUTES.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
  const groups = found?.pattern.exec(pathname)?.groups;
  if (!found || !groups) return null;
  let params: Record<string, string>;
  try {
    params = Object.fromEntries(Object.entries(groups).map(([name, value]) => [name, decodeURIComponent(value)]));
  } catch {
    return null;
  }
  let headers: Headers;
  try {
    headers = webHeaders(nodeHeaders);
  } catch {
    // Should a Web Headers ever refuse a value Node's parser let through, Next.js answers the request as it would.
    return null;
  }
  if (isCrossOrigin({ method, headers })) return null;
  return { handler: found.handler, params, method, url, headers };
}

function webHeaders(nodeHeaders: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(nodeHeaders)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** The body as sent (serve.mjs has already refused one without a length or over 1 MiB). */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Answers `direct` as Next.js would have: the route handler's status, headers, cookies and body. */
export async function answerDirectly(direct: DirectRequest, request: IncomingMessage, response: ServerResponse) {
  const body = direct.method === 'POST' ? new Uint8Array(await readBody(request)) : undefined;
  const webRequest = new Request(`http://localhost${direct.url}`, {
    method: direct.method,
    headers: direct.headers,
    body,
  });
  const { result, setCookies } = await runInScope(webRequest, () =>
    direct.handler(webRequest, { params: Promise.resolve(direct.params) }),
  );
  const bytes = Buffer.from(await result.arrayBuffer());
  response.statusCode = result.status;
  result.headers.forEach((value, name) => response.setHeader(name, value));
  if (setCookies.length) response.setHeader('Set-Cookie', setCookies);
  response.setHeader('Content-Length', bytes.byteLength);
  response.end(bytes);
}
