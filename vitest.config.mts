import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Three projects, each run alone with `npx vitest run --project <name>` (all three with `vitest run`):
// - unit: pure code in Node, no database;
// - integration: server code on a real (PGlite) database, files named *.integration.test.ts;
// - components: React components in jsdom, rendered with the next-intl provider (components/testing/).
// Every project `extends: true`, so it inherits the aliases and timeouts below. Vite merges arrays when a
// project extends the root config, so `include` and `exclude` are only set per project, never at the root.
// e2e/ holds Playwright specs (*.spec.ts), which Vitest must not load, and unit tests of their support code.
const exclude = ['node_modules/**', 'e2e/**/*.spec.ts', '.next/**'];

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; the tests call server code directly.
      'server-only': path.resolve(import.meta.dirname, 'server/testing/empty-module.ts'),
    },
  },
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on CI's 2-core machines, while the database
    // tests spend much of their time waiting on PostgreSQL. Two keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // `npm run test:unit` prints line coverage of server/ and lib/ and fails below 85 % for either.
    coverage: {
      provider: 'v8',
      include: ['server/**/*.ts', 'lib/**/*.ts'],
      exclude: ['**/*.test.ts', 'server/testing/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { 'server/**': { lines: 85 }, 'lib/**': { lines: 85 } },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: [...exclude, '**/*.integration.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['**/*.integration.test.ts'],
          exclude,
          // One migrated template database per run, which each file's own database is copied from.
          globalSetup: ['server/testing/database-template-setup.ts'],
          setupFiles: ['server/testing/cheap-password-hashes.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['components/**/*.test.tsx'],
          exclude,
          setupFiles: ['components/testing/setup.ts'],
          // next-intl's ESM imports `next/navigation` without an extension, which Node cannot resolve (next has no
          // exports map): let Vite transform it instead.
          server: { deps: { inline: ['next-intl'] } },
        },
      },
    ],
  },
});
