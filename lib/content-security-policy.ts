/**
 * The Content-Security-Policy of every page (set by proxy.ts; lib/page-policy.ts chooses its script sources).
 *
 * - Scripts: this origin's files, plus the inline scripts a page is allowed to run, named one of two ways:
 *   - a page rendered per request gets a fresh nonce, which Next.js puts on its own inline and chunk scripts when
 *     it finds the nonce in the request's policy;
 *   - a page prerendered at build time (the same HTML for everyone) gets the SHA-256 of each of its inline scripts,
 *     computed after the build (scripts/static-pages.mjs).
 *   No 'unsafe-inline', and no 'unsafe-eval' except in development, where React needs eval. 'self' rather than
 *   'strict-dynamic': a prerendered page's chunk tags can carry no nonce, and this origin serves no script a user
 *   could write (JSON, CSV and text replies are sent with `nosniff`, so a browser never runs them as scripts).
 * - Styles: this origin, plus inline style attributes (a few components size bars with `style`), which nonces
 *   cannot cover.
 * - Everything else: this origin only. Nothing may frame the app, and forms only post back to it.
 */
export type ScriptSources = {
  /** This response's nonce, when the page is rendered per request. */
  nonce?: string;
  /** Hash sources ('sha256-…', quotes included) of inline scripts this response may run. */
  hashes?: readonly string[];
  development?: boolean;
};

export function contentSecurityPolicy({ nonce, hashes = [], development = false }: ScriptSources): string {
  const scripts = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...hashes,
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce: 16 random bytes, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
