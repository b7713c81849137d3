import 'server-only';
import { headers } from 'next/headers';

/** The client's address for throttling: the first X-Forwarded-For hop behind a proxy, else the socket's. */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'local';
}

/** Whether the request came over HTTPS (directly, or as the reverse proxy reports it). */
export async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
