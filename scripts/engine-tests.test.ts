import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_TESTS } from './engine-tests.mjs';

const root = path.resolve(import.meta.dirname, '..');

// Vitest takes each path as a filter and says nothing of one that matches no file: a renamed test would quietly stop
// running on PGlite.
describe('the database tests run on both engines', () => {
  it('are database test files or folders that hold some', () => {
    for (const entry of ENGINE_TESTS) {
      const full = path.join(root, entry);
      expect(existsSync(full), entry).toBe(true);
      const files = entry.endsWith('/') ? readdirSync(full) : [path.basename(entry)];
      expect(
        files.some((file) => file.endsWith('.integration.test.ts')),
        entry,
      ).toBe(true);
    }
  });
});
