import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints, after the run, the browser tests' time by spec file, slowest first: where CI's minutes went. The list
 * reporter prints each test's time as it ends, but spread over hundreds of lines; the CI budget (bench/README.md,
 * "CI runs") is spent file by file.
 */
export default class TimeBySpec implements Reporter {
  private readonly bySpec = new Map<string, { tests: number; ms: number }>();
  private started = Date.now();

  onBegin() {
    this.started = Date.now();
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const spec = path.relative(process.cwd(), test.location.file);
    const entry = this.bySpec.get(spec) ?? { tests: 0, ms: 0 };
    entry.tests += 1;
    entry.ms += result.duration;
    this.bySpec.set(spec, entry);
  }

  onEnd(result: FullResult) {
    const rows = [...this.bySpec].sort(([, a], [, b]) => b.ms - a.ms);
    const total = rows.reduce((sum, [, { ms }]) => sum + ms, 0);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
    console.log(
      `\nBrowser tests by spec (${result.status}): ${seconds(total)} of test time in ${seconds(Date.now() - this.started)}`,
    );
    for (const [spec, { tests, ms }] of rows)
      console.log(`${seconds(ms).padStart(7)}  ${String(tests).padStart(3)} test${tests === 1 ? ' ' : 's'}  ${spec}`);
  }

  printsToStdio() {
    return false;
  }
}
