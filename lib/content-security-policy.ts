/**
 * The Content-Security-Policy of every page (set by proxy.ts, with a fresh nonce per response).
 *
 * - Scripts: only those carrying this response's nonce, which Next.js puts on its own inline and chunk scripts
 *   when it finds the nonce in the request's policy; 'strict-dynamic' lets those load the rest of the app's
 *   chunks. No 'unsafe-inline', and no 'unsafe-eval' except in development, where React needs eval.
 * - Styles: this origin, plus inline style attributes (a few components size bars with `style`), which nonces
 *   cannot cover.
 * - Everything else: this origin only. Nothing may frame the app, and forms only post back to it.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
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
