// Requests per second a path sustains: every client GETs it back to back, reading each body to its last byte.
import { hammer } from '../load/hammer';
import { getPage, type Browser } from '../load/http';

/** Requests each client sends before the clock starts, so that neither JIT warm-up nor first renders are timed. */
const WARM_UP_PER_CLIENT = 2;

export type Throughput = {
  path: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  bytes: number;
};

/** `clients` (each with its own cookies) fetch `path` back to back for `seconds`; anything but a 200 is an error. */
export async function measureThroughput(clients: Browser[], path: string, seconds: number): Promise<Throughput> {
  await Promise.all(
    clients.map(async (client) => {
      for (let i = 0; i < WARM_UP_PER_CLIENT; i += 1) await getPage(client, path);
    }),
  );
  let bytes = 0;
  const result = await hammer(clients.length, seconds, async (client) => {
    const page = await getPage(clients[client]!, path);
    if (page.status === 200) bytes = page.bytes;
    return page.status === 200;
  });
  return {
    path,
    requests: result.requests,
    errors: result.errors,
    perSecond: result.perSecond,
    p50: result.p50,
    p95: result.p95,
    bytes,
  };
}
