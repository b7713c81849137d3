import 'server-only';
import { headers } from 'next/headers';
import { addressBucket } from '@/lib/client-address';

/**
 * The client's address bucket, for throttling only. scripts/serve.mjs writes x-fuente-client-address from the socket
 * (or from X-Forwarded-For as far as FUENTE_TRUSTED_PROXIES allows) after removing whatever the client sent under
 * that name. Under `next dev`, which does not go through serve.mjs, every request counts as "unknown".
 */
export async function clientAddress(): Promise<string> {
  return addressBucket((await headers()).get('x-fuente-client-address'));
}

/** Whether the request came over HTTPS, as scripts/serve.mjs established it (never from a client's own header). */
export async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get('x-fuente-https') === '1';
}
