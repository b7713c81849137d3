import 'server-only';
import { headers } from 'next/headers';
import { addressBucket } from '@/lib/client-address';
import { env } from '../env';

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

/**
 * The origin students type or scan (FUENTE_PUBLIC_ORIGIN, else the Host the request came in on, with the scheme
 * scripts/serve.mjs established). Only for showing to the teacher: never for links sent by e-mail, where a forged
 * Host would point elsewhere.
 */
export async function publicOrigin(): Promise<string> {
  const configured = env().FUENTE_PUBLIC_ORIGIN;
  if (configured) return configured;
  const list = await headers();
  const host = list.get('host') ?? 'localhost';
  return `${list.get('x-fuente-https') === '1' ? 'https' : 'http'}://${host}`;
}
