// The app's CSRF defence: a request that changes something must come from one of this app's own pages. Browsers
// send `Origin` on every POST; the proxy (proxy.ts) refuses any other before Next.js reads it, and the JSON
// endpoints (app/api/[locale]/answers) check again themselves, as Next.js does for Server Actions.

/** Whether a state-changing request names another site as its origin, or none at all. */
export function isCrossOrigin(request: Pick<Request, 'method' | 'headers'>): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false;
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return true;
  return !URL.canParse(origin) || new URL(origin).host !== host;
}
