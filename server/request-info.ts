import 'server-only';
import { headers } from 'next/headers';

/**
 * The client's address, for throttling only: the last X-Forwarded-For hop, which is the one the nearest proxy (or
 * Next.js itself, from the socket) wrote. A client that talks to the app directly can claim another address, so
 * per-address limits are a second line; the per-account and per-class limits cannot be dodged that way.
 */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown';
}

/** Whether the request came over HTTPS (directly, or as the reverse proxy reports it). */
export async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
