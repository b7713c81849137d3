import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './scripts/security-headers.mjs';

// Messages are compiled when the app is built, so that no page ships the ICU message parser: 8.9 KiB less JavaScript on
// the quiz page (bench/README.md). Tests that read messages/*.json directly see the source text, as translators do.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

// The build's identity: scripts/build.mjs sets it from the fingerprint of the sources it builds. The service worker
// is registered under it (public/sw.js?v=…), so a new build replaces the worker and its caches.
const buildId = process.env.FUENTE_BUILD_ID || 'development';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
  // npm test type-checks the whole project before its browser suite builds the app (scripts/test.mjs).
  typescript: { ignoreBuildErrors: process.env.FUENTE_BUILD_SKIP_TYPECHECK === '1' },
  generateBuildId: () => buildId,
  env: { NEXT_PUBLIC_FUENTE_VERSION: buildId },
  // Sent with every response, files included (scripts/security-headers.mjs).
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
