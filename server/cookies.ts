import 'server-only';
import { env } from './env';
import { isHttpsRequest } from './request-info';

/**
 * Options for every session cookie: HttpOnly, SameSite=Lax, and Secure over HTTPS and in production (browsers
 * accept Secure cookies from http://localhost; FUENTE_INSECURE_COOKIES=true serves a plain-HTTP school server).
 */
export async function sessionCookieOptions(maxAgeSeconds?: number) {
  const { NODE_ENV, FUENTE_INSECURE_COOKIES } = env();
  const secure = (await isHttpsRequest()) || (NODE_ENV === 'production' && FUENTE_INSECURE_COOKIES !== 'true');
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}
