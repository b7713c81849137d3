import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** The names of a folder's source files, tests left out, at any depth. */
function sourceNames(folder: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true }))
    if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) names.add(entry.name);
  return names;
}

describe('file names', () => {
  // lib/ holds the shapes and rules, server/ the queries: one name for both sent readers to the wrong file.
  it('are never the same in lib/ and server/', () => {
    const lib = sourceNames('lib');
    expect([...sourceNames('server')].filter((name) => lib.has(name))).toEqual([]);
  });
});
