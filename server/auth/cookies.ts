import 'server-only';
import { cookies } from 'next/headers';
import { env } from '../env';
import { isHttpsRequest } from './request-info';

/**
 * The sessions, the email that sign-up or a password reset hands to the sign-in form, and the mark of a teacher who
 * signed in from this browser (server/auth/known-browser.ts).
 */
export type SessionCookie = 'fuente_session' | 'fuente_teacher' | 'fuente_signin_email' | 'fuente_known_teacher';

/**
 * Session cookies are HttpOnly, SameSite=Lax, and Secure over HTTPS and in production (browsers accept Secure cookies
 * from http://localhost; FUENTE_INSECURE_COOKIES=true serves a plain-HTTP school server). A Secure one is named
 * with the __Host- prefix, which a browser only accepts from this exact host over a secure connection, for path /,
 * so no sibling subdomain or plain-HTTP page can plant or overwrite it.
 */
async function isSecure(): Promise<boolean> {
  const { NODE_ENV, FUENTE_INSECURE_COOKIES } = env();
  return (await isHttpsRequest()) || (NODE_ENV === 'production' && FUENTE_INSECURE_COOKIES !== 'true');
}

const hostPrefixed = (name: SessionCookie) => `__Host-${name}`;

/** Puts a session token in its cookie. */
export async function setSessionCookie(name: SessionCookie, token: string, maxAgeSeconds: number): Promise<void> {
  const secure = await isSecure();
  const jar = await cookies();
  jar.set(secure ? hostPrefixed(name) : name, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge: maxAgeSeconds,
  });
}

/** The session token in this request's cookie, under either name (a server that moved to HTTPS still reads the old one). */
export async function readSessionCookie(name: SessionCookie): Promise<string | undefined> {
  const jar = await cookies();
  return jar.get(hostPrefixed(name))?.value ?? jar.get(name)?.value;
}

/** Removes the session cookie under both names. */
export async function deleteSessionCookie(name: SessionCookie): Promise<void> {
  const jar = await cookies();
  const secure = await isSecure();
  // A __Host- cookie is only replaced (here: expired) by one with the same attributes.
  if (jar.has(hostPrefixed(name)))
    jar.set(hostPrefixed(name), '', { httpOnly: true, sameSite: 'lax', path: '/', secure: true, maxAge: 0 });
  if (jar.has(name)) jar.set(name, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: 0 });
}
