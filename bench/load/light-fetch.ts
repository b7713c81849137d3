// The benchmarks' HTTP client: what a browser does with a request (keep-alive, gzip, no redirect followed), on
// node:http rather than Node's fetch. The load generator shares the machine's two cores with the app and PostgreSQL,
// and fetch cost it about twice the CPU per request (bench/README.md, "The bell"): every millisecond it spends is one
// the app under test does not get, which real students' own devices would not take from it.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export type LightRequest = {
  method: string;
  headers: Record<string, string>;
  body?: string | FormData | null;
  timeoutMs: number;
};

/** A string body as is; a form encoded as a browser would (multipart, with its boundary). */
async function encodedBody(body: LightRequest['body']): Promise<{ bytes?: Buffer; type?: string }> {
  if (body === undefined || body === null) return {};
  if (typeof body === 'string') return { bytes: Buffer.from(body) };
  const encoded = new Request('http://localhost/', { method: 'POST', body });
  return { bytes: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get('content-type') ?? undefined };
}

/** Sends one request and reads its whole body; rejects on a network error or after `timeoutMs`. */
export async function lightFetch(url: string, init: LightRequest): Promise<Response> {
  const { bytes, type } = await encodedBody(init.body);
  const headers: Record<string, string> = { 'Accept-Encoding': 'gzip', ...init.headers };
  if (type) headers['Content-Type'] = type;
  if (bytes) headers['Content-Length'] = String(bytes.byteLength);
  return new Promise<Response>((resolve, reject) => {
    const request = http.request(url, { method: init.method, headers, agent, timeout: init.timeoutMs }, (reply) => {
      const chunks: Buffer[] = [];
      reply.on('data', (chunk: Buffer) => chunks.push(chunk));
      reply.on('error', reject);
      reply.on('end', () => {
        try {
          let bytes = Buffer.concat(chunks);
          if (reply.headers['content-encoding'] === 'gzip') bytes = gunzipSync(bytes);
          const status = reply.statusCode ?? 0;
          const body = status === 204 || status === 304 ? null : new Uint8Array(bytes);
          const replyHeaders = new Headers();
          for (const [name, value] of Object.entries(reply.headers)) {
            if (name === 'content-encoding' || name === 'content-length' || value === undefined) continue;
            for (const each of Array.isArray(value) ? value : [value]) replyHeaders.append(name, each);
          }
          resolve(new Response(body, { status, headers: replyHeaders }));
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error(`no reply in ${init.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(bytes);
  });
}
