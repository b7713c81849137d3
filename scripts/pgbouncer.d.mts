/** See pgbouncer.mjs. */
export function startPgBouncer(
  serverUrl: string,
  options?: { poolSize?: number },
): Promise<{ port: number; pooledUrl: (directUrl: string) => string; stop: () => Promise<void> }>;
