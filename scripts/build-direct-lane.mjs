// Bundles the direct lane (server/direct/lane.ts) for scripts/serve.mjs, after `next build`. The lane calls the app's
// own route handlers outside Next.js, so its bundle swaps in what Next.js's bundler would have provided:
//   - `next/headers` reads the lane's request scope (server/direct/next-headers.ts);
//   - `server-only` is the empty module it is under Next.js's server condition;
//   - `next-intl/config` is the app's request configuration (i18n/request.ts), as next-intl's plugin sets it.
// next-intl is bundled under the `react-server` condition, as Next.js bundles it for route handlers, and
// unicode-confusables because its module imports its JSON data without the attribute Node.js requires. Every other
// package is loaded from node_modules, so the lane shares one instance of each (Prisma's runtime, pg) with Next.js.
import path from 'node:path';

export const DIRECT_LANE_FILE = 'fuente-direct-lane.mjs';

const root = path.resolve(import.meta.dirname, '..');
const BUNDLED_PACKAGES = /^(next-intl|use-intl|unicode-confusables)(\/|$)/;
const SUBSTITUTES = {
  'next/headers': path.join(root, 'server/direct/next-headers.ts'),
  'next-intl/config': path.join(root, 'i18n/request.ts'),
};

const substitutes = {
  name: 'fuente-direct-lane',
  setup(bundle) {
    bundle.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    bundle.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
    bundle.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path in SUBSTITUTES) return { path: SUBSTITUTES[args.path] };
      if (args.path.startsWith('@/') || BUNDLED_PACKAGES.test(args.path) || args.path.startsWith('node:'))
        return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** Writes .next/fuente-direct-lane.mjs; throws when the lane does not build. */
export async function buildDirectLane() {
  // Loaded here, not above: serve.mjs reads the file's name from this module, and production needs no bundler.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'server/direct/lane.ts')],
    outfile: path.join(root, '.next', DIRECT_LANE_FILE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['react-server'],
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [substitutes],
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildDirectLane();
