import { contentSecurityPolicy, createNonce } from './content-security-policy';

/** What scripts/static-pages.mjs writes after a build: each prerendered page's inline-script hashes. */
export type StaticPages = {
  /** Pathname (as "/en/privacy") → hash sources of that page's inline scripts. */
  pages: Record<string, string[]>;
  /** The hash sources of the prerendered 404 page, served for any URL that matches no route. */
  notFound: string[];
};

/**
 * Marks a response as a page built once for everyone, which a shared cache may keep: scripts/cache-policy.mjs reads
 * it, sets the response's Cache-Control and Vary, and removes it before the response leaves.
 */
export const SHARED_PAGE_HEADER = 'x-fuente-shared-page';

export const NO_STATIC_PAGES: StaticPages = { pages: {}, notFound: [] };

export type PagePolicy = {
  policy: string;
  /** Set when the page renders per request: proxy.ts passes it to Next.js in the request's policy. */
  nonce?: string;
};

/**
 * The policy for one page request. A GET of a prerendered page is answered with its build-time HTML, so the
 * policy names that HTML's scripts by hash. Anything else renders per request and gets a nonce: a Server Action's
 * POST re-renders even a prerendered page. Such a response may still turn out to be the prerendered 404 page
 * (the URL matched no route), so the 404 page's hashes are allowed too.
 */
export function pagePolicy(
  request: { method: string; pathname: string },
  staticPages: StaticPages,
  development = false,
): PagePolicy {
  const prerendered = staticPages.pages[request.pathname.replace(/(.)\/$/, '$1')];
  if (!development && prerendered && (request.method === 'GET' || request.method === 'HEAD')) {
    return { policy: contentSecurityPolicy({ hashes: prerendered }) };
  }
  const nonce = createNonce();
  return { nonce, policy: contentSecurityPolicy({ nonce, hashes: staticPages.notFound, development }) };
}
