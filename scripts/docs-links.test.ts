import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, documentationFiles, headingSlug } from './docs-links';

const root = path.resolve(import.meta.dirname, '..');

describe('the documentation links', () => {
  it('finds no broken link or file mention in README.md, bench/README.md and docs/*.md', () => {
    const files = documentationFiles(root);
    expect(files).toContain('README.md');
    expect(files).toContain('bench/README.md');
    expect(brokenLinks(root, files)).toEqual([]);
  });
});

describe('the link check', () => {
  const fixture = mkdtempSync(path.join(tmpdir(), 'fuente-docs-links-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  function write(file: string, text: string) {
    mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
    writeFileSync(path.join(fixture, file), text);
  }

  write('server/quiz/answer-item.ts', '');
  write('bench/README.md', '# Benchmarks\n\n## CI runs\n');
  write(
    'docs/guide.md',
    [
      '# Guide',
      '',
      '## The answer path',
      '',
      'Fine: [benchmarks](../bench/README.md#ci-runs), [here](#the-answer-path), [site](https://example.org/x),',
      '`server/quiz/answer-item.ts`, `app/[locale]/x` is not, `.data/` and `/en/privacy` and `npm run x -- a/b`.',
      '',
      '```sh',
      'cat docs/missing-in-a-fence.md',
      '```',
      '',
      'Broken: [old](operators.md), [bench](bench/README.md), [anchor](../bench/README.md#ci-run),',
      'and `server/quiz/answer-items.ts`, and [self](#nowhere).',
    ].join('\n'),
  );
  write('README.md', '# Fuente\n\nSee [the guide](docs/guide.md#the-answer-path).\n');

  it('reports each broken link and mention with its file and line, and nothing that is fine', () => {
    expect(brokenLinks(fixture, documentationFiles(fixture))).toEqual([
      'docs/guide.md:6: `app/[locale]/x` does not exist',
      'docs/guide.md:12: link to operators.md (docs/operators.md) does not exist',
      'docs/guide.md:12: link to bench/README.md (docs/bench/README.md) does not exist',
      'docs/guide.md:12: link to ../bench/README.md#ci-run: bench/README.md has no heading #ci-run',
      'docs/guide.md:13: `server/quiz/answer-items.ts` does not exist',
      'docs/guide.md:13: link to #nowhere: docs/guide.md has no heading #nowhere',
    ]);
  });

  it("makes GitHub's heading anchors", () => {
    expect(headingSlug('A whole school: `bench:school`')).toBe('a-whole-school-benchschool');
    expect(headingSlug('What runs out first: the app’s one core')).toBe('what-runs-out-first-the-apps-one-core');
    expect(headingSlug('Where each check runs (issue 33)')).toBe('where-each-check-runs-issue-33');
  });
});
