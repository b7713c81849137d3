// Sent with every response, files included: by Next.js (next.config.mjs) and by the direct lane (scripts/serve.mjs).
// The Content-Security-Policy differs per page (a nonce or hashes): proxy.ts sets it.
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links out (to the article's source) tell the other site nothing about which page a student was on.
  { key: 'Referrer-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
