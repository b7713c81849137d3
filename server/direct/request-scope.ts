import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// What a request answered outside Next.js (server/direct/lane.ts) gives the app's code in place of Next.js's own
// request storage: its headers, its cookies, and the cookies the code sets for the response.

export type CookieOptions = {
  httpOnly?: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  path?: string;
  secure?: boolean;
  maxAge?: number;
};

export type DirectRequestScope = {
  headers: Headers;
  /** The request's cookies by name, updated by the ones the code sets (as Next.js's cookie jar is). */
  cookies: Map<string, string>;
  /** Set-Cookie values for the response. */
  setCookies: string[];
};

const storage = new AsyncLocalStorage<DirectRequestScope>();

/** The cookies of a Cookie header, by name; a value that is not valid percent-encoding is kept as sent. */
export function parseCookieHeader(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const name = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim();
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/** A Set-Cookie value. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path ?? '/'}`];
  if (options.maxAge !== undefined) {
    parts.push(`Max-Age=${Math.floor(options.maxAge)}`);
    parts.push(`Expires=${new Date(Date.now() + options.maxAge * 1000).toUTCString()}`);
  }
  if (options.secure) parts.push('Secure');
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.sameSite) parts.push(`SameSite=${options.sameSite[0]!.toUpperCase()}${options.sameSite.slice(1)}`);
  return parts.join('; ');
}

/** Runs `work` as the answer to `request`; returns its result and the cookies it set. */
export async function runInScope<T>(
  request: Request,
  work: () => Promise<T>,
): Promise<{ result: T; setCookies: string[] }> {
  const scope: DirectRequestScope = {
    headers: request.headers,
    cookies: parseCookieHeader(request.headers.get('cookie')),
    setCookies: [],
  };
  const result = await storage.run(scope, work);
  return { result, setCookies: scope.setCookies };
}

/** The scope of the request being answered; throws outside one, as Next.js's own functions do outside a request. */
export function currentScope(): DirectRequestScope {
  const scope = storage.getStore();
  if (!scope) throw new Error('next/headers was called outside a request answered by the direct lane');
  return scope;
}
