import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; the tests call server code directly.
      'server-only': path.resolve(import.meta.dirname, 'server/testing/empty-module.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
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
  },
});
