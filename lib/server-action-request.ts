// Checks the framing of a request before Next.js decodes it (proxy.ts). Next.js answers 500 when it cannot parse a
// Server Action body or a router-state header; a malformed request should get a 4xx and never reach an action.

/** Next.js's own limit for Server Action bodies. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** Longer URLs are no link of this app; refusing them keeps echoed URLs (redirects, alternate links) small. */
export const MAX_URL_LENGTH = 2048;

type Refusal = { status: 400 | 404 | 413 | 414 | 415; reason: string };

const ACTION_ID = /^[0-9a-f]{40,64}$/;
// React's reply format marks special values with "$"; the app's actions only ever receive forms ("$K1"), escaped
// strings ("$$…") and the plain special numbers and undefined.
const ALLOWED_REFERENCE = /^\$(\$|K\d{1,3}$|undefined$|-0$|Infinity$|-Infinity$|NaN$)/;
const MAX_DEPTH = 32;
// The app's actions take at most two arguments; their largest array is a handful of option ids. A list of 100,000
// arguments would overflow the stack when the action is called.
const MAX_ARGUMENTS = 4;
const MAX_VALUES = 10_000;

/** Whether a decoded argument list only holds what the app's actions can be sent. */
export function isPlainReply(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > MAX_ARGUMENTS) return false;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let seen = 0;
  while (stack.length) {
    const { value: current, depth } = stack.pop()!;
    seen += 1;
    if (depth > MAX_DEPTH || seen > MAX_VALUES) return false;
    if (typeof current === 'string') {
      if (current.startsWith('$') && !ALLOWED_REFERENCE.test(current)) return false;
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        if (key === '__proto__') return false;
        stack.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return true;
}

function parsesAsPlainReply(text: string): boolean {
  try {
    return isPlainReply(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Next.js's client sends its router state as URL-encoded JSON: an array. */
export function isRouterStateTree(header: string): boolean {
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(header)));
  } catch {
    return false;
  }
}

// A form of this app has a dozen fields at most; no form uploads a file.
const MAX_FORM_FIELDS = 100;
const NO_SCRIPT_ACTION_FIELD = /^\$ACTION_ID_(.*)$/;

/**
 * Why a form posted without JavaScript (no Next-Action header; the action is named in a "$ACTION_ID_…" field) must
 * be refused: it must be a form, readable, small, without files, and name its action in the right format.
 */
async function noScriptFormRefusal(request: Request): Promise<Refusal | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_ACTION_BODY_BYTES) return { status: 413, reason: 'body too large' };
  const type = request.headers.get('content-type') ?? '';
  if (!/^(multipart\/form-data;\s*boundary=|application\/x-www-form-urlencoded)/i.test(type)) {
    return declared > 0 || request.body !== null ? { status: 415, reason: 'unsupported content type' } : null;
  }
  try {
    const form = await request.clone().formData();
    let fields = 0;
    for (const [name, value] of form.entries()) {
      fields += 1;
      if (fields > MAX_FORM_FIELDS) return { status: 413, reason: 'too many fields' };
      if (typeof value !== 'string') return { status: 415, reason: 'file upload' };
      const named = NO_SCRIPT_ACTION_FIELD.exec(name);
      if (named && !ACTION_ID.test(named[1]!)) return { status: 404, reason: 'unknown action' };
    }
  } catch {
    return { status: 400, reason: 'unreadable body' };
  }
  return null;
}

/** Route handlers that read a JSON body and check its framing themselves (server/json-endpoint.ts). */
const JSON_ENDPOINT = /^\/api\/[^/]+\/(answers|reading-progress)$/;

/** Why a request must be refused before Next.js parses it, or null when its framing is sound. */
export async function refusal(request: Request): Promise<Refusal | null> {
  if (request.url.length > MAX_URL_LENGTH) return { status: 414, reason: 'URL too long' };
  const tree = request.headers.get('next-router-state-tree');
  if (tree !== null && !isRouterStateTree(tree)) return { status: 400, reason: 'malformed router state' };
  if (request.method !== 'POST') return null;
  const action = request.headers.get('next-action');
  if (action === null) return JSON_ENDPOINT.test(new URL(request.url).pathname) ? null : noScriptFormRefusal(request);
  if (!ACTION_ID.test(action)) return { status: 404, reason: 'unknown action' };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_ACTION_BODY_BYTES) return { status: 413, reason: 'body too large' };
  const type = request.headers.get('content-type') ?? '';
  try {
    if (/^multipart\/form-data;\s*boundary=/i.test(type)) {
      const form = await request.clone().formData();
      const root = form.get('0');
      return typeof root === 'string' && parsesAsPlainReply(root) ? null : { status: 400, reason: 'malformed form' };
    }
    if (/^text\/plain/i.test(type)) {
      const bytes = await request.clone().arrayBuffer();
      if (bytes.byteLength > MAX_ACTION_BODY_BYTES) return { status: 413, reason: 'body too large' };
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return parsesAsPlainReply(text) ? null : { status: 400, reason: 'malformed arguments' };
    }
  } catch {
    return { status: 400, reason: 'unreadable body' };
  }
  return { status: 415, reason: 'unsupported content type' };
}
