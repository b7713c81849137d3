// The request loop every throughput figure uses: N clients, each sending its next request as soon as the last one
// has been answered, for a fixed time.
import { performance } from 'node:perf_hooks';

export type Throughput = { requests: number; errors: number; perSecond: number; p50: number; p95: number; p99: number };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** `clients` loops calling `request` until `seconds` have passed; requests per second count successes only. */
export async function hammer(
  clients: number,
  seconds: number,
  request: (client: number) => Promise<boolean>,
): Promise<Throughput> {
  const started = performance.now();
  const until = started + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < until) {
        const start = performance.now();
        const ok = await request(client).catch(() => false);
        latencies.push(performance.now() - start);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => percentile(latencies, q);
  return {
    requests: latencies.length,
    errors,
    perSecond: (latencies.length - errors) / elapsed,
    p50: p(50),
    p95: p(95),
    p99: p(99),
  };
}
