import en from '@/messages/en.json';
import es from '@/messages/es.json';

// A stand-in for one Next.js request in tests: an in-memory cookie jar, request headers and language, served through
// mocks of `next/headers` and `next-intl/server`. In a test file:
//   vi.mock('next/headers', async () => (await import('./testing/next-request')).nextHeadersMock);
//   vi.mock('next-intl/server', async () => (await import('./testing/next-request')).nextIntlServerMock);
//   import { fakeRequest } from './testing/next-request';

export type CookieOptions = { httpOnly?: boolean; sameSite?: string; path?: string; secure?: boolean; maxAge?: number };

/** The cookies the browser holds and the headers it sends; `setCookies` records every cookie the server set, in order. */
export const fakeRequest = {
  cookies: new Map<string, string>(),
  headers: new Map<string, string>(),
  setCookies: [] as { name: string; value: string; options: CookieOptions }[],
  /** The language of the page being rendered (next-intl's request locale). */
  locale: 'en' as 'en' | 'es',
  /** A new browser: no cookies, no headers, English. */
  reset() {
    this.locale = 'en';
    this.cookies.clear();
    this.headers.clear();
    this.setCookies.length = 0;
  },
};

const jar = {
  get: (name: string) => (fakeRequest.cookies.has(name) ? { name, value: fakeRequest.cookies.get(name)! } : undefined),
  has: (name: string) => fakeRequest.cookies.has(name),
  set(name: string, value: string, options: CookieOptions = {}) {
    fakeRequest.setCookies.push({ name, value, options });
    // As a browser does: a cookie set to expire at once is removed.
    if (options.maxAge !== undefined && options.maxAge <= 0) fakeRequest.cookies.delete(name);
    else fakeRequest.cookies.set(name, value);
  },
};

export const nextHeadersMock = {
  cookies: async () => jar,
  headers: async () => new Headers([...fakeRequest.headers]),
};

const messages = { en, es };

/**
 * next-intl's getTranslations over the real message files: `getTranslations('Quiz')`,
 * `getTranslations({ locale, namespace })`, or `getTranslations()` for keys that name their namespace.
 */
async function getTranslations(options?: string | { locale?: 'en' | 'es'; namespace?: string }) {
  const { locale = fakeRequest.locale, namespace } =
    typeof options === 'string' ? { namespace: options } : (options ?? {});
  return (key: string, values: Record<string, unknown> = {}) => {
    const found = (namespace ? `${namespace}.${key}` : key)
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[locale]);
    if (typeof found !== 'string') throw new Error(`missing message ${locale}:${namespace}.${key}`);
    return found.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
  };
}

export const nextIntlServerMock = { getTranslations, getLocale: async () => fakeRequest.locale };

/**
 * For `@/i18n/navigation`, which cannot load outside Next.js (next-intl imports `next/navigation` without an
 * extension): its redirect, like the real one, throws to end the render, here with "NEXT_REDIRECT /<locale><href>".
 */
export const navigationMock = {
  redirect({
    href,
    locale,
  }: {
    href: string | { pathname: string; query?: Record<string, string> };
    locale: string;
  }): never {
    const path =
      typeof href === 'string' ? href : `${href.pathname}${href.query ? `?${new URLSearchParams(href.query)}` : ''}`;
    // The digest is what Next.js (and `unstable_rethrow`) recognize a redirect by.
    throw Object.assign(new Error(`NEXT_REDIRECT /${locale}${path}`), {
      digest: `NEXT_REDIRECT;replace;/${locale}${path};307;`,
    });
  },
};
