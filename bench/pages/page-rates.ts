// Pages' requests per second as autocannon measures them (10 connections, one run): the lesson and quiz pages on a
// first visit (no cookie) and from a returning browser (a student whose browser runs JavaScript), next to a static
// file through the same server and to the machine's ceiling (ceiling-server.mjs sending the lesson page's bytes).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Throughput } from './throughput';

// Run from the repository's root, as npm runs the benchmark.
const CEILING_SERVER = path.resolve('bench/pages/ceiling-server.mjs');

export const CONNECTIONS = 10;

export type PageRate = {
  name: string;
  path: string;
  perSecond: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, and connection errors or timeouts: any makes the rate incomparable. */
  failures: number;
  bytes: number;
};

/** What the throughput step measured: pages by autocannon, and the learner states each page then loads. */
export type Rates = { pages: PageRate[]; states: Throughput[] };

export type RateRequest = { name: string; path: string; headers?: Record<string, string> };

/** One autocannon run against `origin + path` for `seconds`, after a second's warm-up. */
export async function pageRate(origin: string, request: RateRequest, seconds: number): Promise<PageRate> {
  const options = { url: origin + request.path, connections: CONNECTIONS, headers: acceptsGzip(request.headers) };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    name: request.name,
    path: request.path,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    bytes: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

function acceptsGzip(headers: Record<string, string> = {}): Record<string, string> {
  return { 'accept-encoding': 'gzip', accept: 'text/html', ...headers };
}

/**
 * Starts the ceiling server with the bytes and headers the app answers for `path` (its gzip, as a browser gets it),
 * and returns its origin. The server is a separate process, as the app is.
 */
export async function startCeiling(origin: string, path_: string): Promise<{ origin: string; stop: () => void }> {
  // Node's own client, as fetch would unzip the body.
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    get(origin + path_, { headers: acceptsGzip() }, resolve).on('error', reject),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (response.statusCode !== 200 || response.headers['content-encoding'] !== 'gzip')
    throw new Error(`the ceiling needs ${path_} gzipped: it answered ${response.statusCode}`);
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(
      ([name]) => !['content-length', 'date', 'connection', 'keep-alive'].includes(name),
    ),
  );
  const file = path.join(os.tmpdir(), `fuente-ceiling-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ headers, body: body.toString('base64') }));
  const server: ChildProcess = spawn(process.execPath, [CEILING_SERVER, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [port] = (await once(server.stdout!, 'data')) as [Buffer];
  return { origin: `http://127.0.0.1:${port.toString().trim()}`, stop: () => server.kill() };
}
