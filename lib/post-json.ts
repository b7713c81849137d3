import type { ActionReply } from './action-result';

// The browser's side of the JSON endpoints (server/json-endpoint.ts).

/** A save is a few hundred bytes; the largest, a matching of every pair, stays far below this. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** `fetch`, or anything that sends a request the way it does (the load benchmark's browser with its cookies). */
export type SendRequest = (path: string, init: RequestInit & { headers: Record<string, string> }) => Promise<Response>;

/** The messages for a reply that is not the app's own (a refusal before the app, a proxy's error page). */
export type UnreadableReplyMessages = { server: string; invalid: string };

function isReply(value: unknown): value is ActionReply {
  if (value === null || typeof value !== 'object') return false;
  const { status } = value as { status?: unknown };
  return status === 'ok' || (status === 'error' && typeof (value as { message?: unknown }).message === 'string');
}

/**
 * Posts `body` as JSON and returns the endpoint's reply. A network failure throws (a queue keeps the request and
 * retries it); so is a reply the app did not write treated as retryable when it says "try later" (5xx, 429).
 */
export async function postJson<T extends object>(
  path: string,
  body: unknown,
  messages: UnreadableReplyMessages,
  send: SendRequest = fetch,
): Promise<ActionReply<T>> {
  const response = await send(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const reply: unknown = await response.json().catch(() => null);
  if (isReply(reply)) return reply as ActionReply<T>;
  return response.status >= 500 || response.status === 429
    ? { status: 'error', code: 'server', message: messages.server }
    : { status: 'error', code: 'invalid', message: messages.invalid };
}
