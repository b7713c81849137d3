// The deadlines and caps of the production server (scripts/serve.mjs), each a small piece it wires in:
//   - open connections per client address and in all (a flood of idle sockets once took the process's file limit);
//   - a no-JS form post is read whole within a deadline and its `$ACTION` fields screened before React decodes them
//     (scripts/action-fields.mjs), then handed on as if unread;
//   - every response ends within a deadline, or its connection is closed and everything it held is freed.
import { actionFieldsAreSafe } from './action-fields.mjs';

/** Whole-number settings from the environment, with their defaults (docs/operating.md, "Deploying safely"). */
export function serverLimits(environment = process.env) {
  const setting = (name, fallback, min, max) => {
    const value = Number(environment[name] ?? fallback);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`${name} must be a whole number from ${min} to ${max}`);
    return value;
  };
  return {
    connectionsPerAddress: setting('FUENTE_MAX_CONNECTIONS_PER_ADDRESS', 256, 8, 100_000),
    connections: setting('FUENTE_MAX_CONNECTIONS', 4096, 64, 1_000_000),
  };
}

/**
 * Refuses (closes at once) a connection past the per-address cap. Behind trusted proxies every connection comes from
 * a proxy, so only the total applies there (server.maxConnections, set by the caller) and the proxy caps its clients.
 */
export function capConnectionsPerAddress(server, perAddress) {
  const open = new Map();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
  return open;
}

const FORM_TYPE = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/** A form posted by a browser without JavaScript: no Next-Action header, a form content type. */
export function isNoScriptFormPost(request) {
  return (
    request.method === 'POST' &&
    request.headers['next-action'] === undefined &&
    FORM_TYPE.test(request.headers['content-type'] ?? '')
  );
}

/**
 * Reads a request's whole body (its length is declared and bounded: serve.mjs checked) within `deadlineMs`, then puts
 * it back into the stream, so that Next.js reads it as if nothing had. Resolves with the bytes, or null when the
 * body did not arrive in time or the client went away.
 */
export function readBodyAndKeepIt(request, deadlineMs) {
  const expected = Number(request.headers['content-length'] ?? 0);
  return new Promise((resolve) => {
    const chunks = [];
    let length = 0;
    const finish = (body) => {
      clearTimeout(timer);
      request.off('readable', onReadable);
      request.off('error', onGone);
      request.off('aborted', onGone);
      resolve(body);
    };
    const onGone = () => finish(null);
    const onReadable = () => {
      let chunk;
      while (length < expected && (chunk = request.read()) !== null) {
        chunks.push(chunk);
        length += chunk.length;
      }
      if (length < expected) return;
      const body = Buffer.concat(chunks);
      // Back at the front of the stream, in the same tick: the end of the stream has not been announced yet.
      if (body.length > 0) request.unshift(body);
      finish(body);
    };
    const timer = setTimeout(() => finish(null), deadlineMs);
    request.on('readable', onReadable);
    request.once('error', onGone);
    request.once('aborted', onGone);
    if (expected === 0) onReadable();
  });
}

/** Whether a no-JS form body is one of the app's forms as far as React's action fields go. */
export async function formBodyIsSafe(body, contentType) {
  let form;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return false;
  }
  return actionFieldsAreSafe(form.entries());
}

/**
 * Ends a response that has not finished within `deadlineMs`: 503 if nothing was sent yet, else the connection is
 * closed. Either way the socket and its slot are freed, whatever the app is still doing.
 */
export function endResponseAfter(request, response, deadlineMs, refuse) {
  const timer = setTimeout(() => {
    if (!response.headersSent) refuse(request, response, 503, { 'Retry-After': '5' });
    response.socket?.destroy();
  }, deadlineMs);
  timer.unref();
  response.once('close', () => clearTimeout(timer));
}
