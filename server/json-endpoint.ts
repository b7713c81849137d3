import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import type { ActionErrorCode, ActionReply } from '@/lib/action-result';
import { MAX_JSON_BODY_BYTES } from '@/lib/post-json';
import { isCrossOrigin } from '@/lib/same-origin';
import type { MessageKey } from './action-kit';
import { ensureLearnerId, GuestLimitError } from './auth/learner-session';

// The page's most frequent calls (an answer save, a reading-progress save) as JSON route handlers under
// /api/{locale}/…. Each keeps every guarantee of the Server Action it replaced (the origin check, zod, a crash
// answered as a retryable "server" error, the learner created only for a valid request) and drops the work a Server
// Action adds around them: React's argument decoding, the page's module and a flight response
// (docs/benchmarks-history.md).

export type EndpointOutcome<T extends object> = ({ status: 'ok' } & T) | { status: 'error'; code: ActionErrorCode };
export type EndpointContext = { learnerId: string; locale: Locale };
export type RouteContext = { params: Promise<{ locale: string }> };

const HTTP_STATUS: Record<ActionErrorCode, number> = {
  invalid: 400,
  'not-found': 404,
  submitted: 409,
  'not-open': 409,
  closed: 409,
  server: 503,
};
const LocaleSchema = z.enum(routing.locales);
const TOO_LARGE = Symbol('too large');

/** The body as JSON (undefined when it is not UTF-8 JSON), or TOO_LARGE, read no further than the limit. */
async function readJson(request: Request): Promise<unknown> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_JSON_BODY_BYTES) return TOO_LARGE;
  if (!request.body) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > MAX_JSON_BODY_BYTES) return TOO_LARGE;
      chunks.push(chunk);
    }
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    // Not UTF-8, not JSON, or the connection broke off while sending.
    return undefined;
  }
}

function safelyParsed<S extends z.ZodType>(schema: S, body: unknown) {
  try {
    return schema.safeParse(body);
  } catch (error) {
    console.error('A schema threw instead of refusing', error);
    return { success: false as const };
  }
}

type Checked<S extends z.ZodType> =
  { locale: Locale; input: z.output<S> } | { locale: Locale; refusal: { code: ActionErrorCode; status: number } };

/**
 * What every JSON endpoint checks before its handler runs: the language in the path, the origin, the framing and
 * the size, then the body with zod. A refusal says which code and status to answer with.
 */
export async function checkedJsonRequest<S extends z.ZodType>(
  request: Request,
  params: RouteContext['params'],
  schema: S,
): Promise<Checked<S>> {
  const parsedLocale = LocaleSchema.safeParse((await params).locale);
  if (!parsedLocale.success) return { locale: routing.defaultLocale, refusal: { code: 'not-found', status: 404 } };
  const locale = parsedLocale.data;
  // The proxy refuses these first; checked here too, so that the endpoint is safe wherever it is mounted.
  if (isCrossOrigin(request)) return { locale, refusal: { code: 'invalid', status: 403 } };
  // A JSON content type also means a cross-site page could only send it after a CORS preflight, which fails.
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? ''))
    return { locale, refusal: { code: 'invalid', status: 415 } };
  const body = await readJson(request);
  if (body === TOO_LARGE) return { locale, refusal: { code: 'invalid', status: 413 } };
  // A schema's own code (a refinement, a transform) that throws on a strange input is a refusal too, never a 500.
  const parsed = safelyParsed(schema, body);
  if (!parsed.success) return { locale, refusal: { code: 'invalid', status: HTTP_STATUS.invalid } };
  return { locale, input: parsed.data };
}

/** A JSON reply that no cache keeps. */
export function jsonReply(body: ActionReply | EndpointOutcome<object>, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The HTTP status of a refusal by its code. */
export const statusOf = (code: ActionErrorCode) => HTTP_STATUS[code];

/**
 * A POST route handler for the learner on this device: checks the request (checkedJsonRequest), creates a guest
 * learner for a valid request if there is none, and answers JSON: the handler's result, or a refusal with a
 * translated message (`messages`, by error code; `invalid` and `server` at least) and a 4xx or 503.
 */
export function learnerJsonEndpoint<S extends z.ZodType, T extends object>(
  spec: {
    schema: S;
    messages: { invalid: MessageKey; server: MessageKey } & Partial<Record<ActionErrorCode, MessageKey>>;
  },
  handler: (input: z.output<S>, context: EndpointContext) => Promise<EndpointOutcome<T>>,
): (request: Request, context: RouteContext) => Promise<Response> {
  const refused = async (locale: Locale, code: ActionErrorCode, status = HTTP_STATUS[code]) => {
    const t = await getTranslations({ locale });
    return jsonReply({ status: 'error', code, message: t(spec.messages[code] ?? spec.messages.invalid) }, status);
  };
  return async (request, { params }) => {
    const checked = await checkedJsonRequest(request, params, spec.schema);
    const { locale } = checked;
    if ('refusal' in checked) return refused(locale, checked.refusal.code, checked.refusal.status);
    try {
      const outcome = await handler(checked.input, { learnerId: await ensureLearnerId(), locale });
      return outcome.status === 'error' ? refused(locale, outcome.code) : jsonReply(outcome);
    } catch (error) {
      // A refused guest (server/auth/throttle.ts) gets the 503 the page's queue retries later, like a busy server.
      if (!(error instanceof GuestLimitError)) console.error('JSON endpoint failed', error);
      return refused(locale, 'server');
    }
  };
}
