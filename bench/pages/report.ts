// The benchmark's tables, with each row judged against the targets.
import type { Failure } from './lighthouse';
import { kib, markdownTable } from './markdown';
import type { PageResult } from './pages';
import type { Throughput } from './throughput';
import { CEILING_PATH, type Saturation } from '../load/saturation';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
/** The JavaScript budget applies to the pages students spend their time on. */
const JS_BUDGET_KIB = 160;
const JS_BUDGET_PAGES = new Set(['reading', 'quiz']);
/** Issue 17: saves back to back at 50 clients, as a share of the ceiling, and their p99 on PostgreSQL. */
const SAVE_TARGETS = { ratio: 0.35, p99Ms: 150 };
/** Issue 17: each page's requests per second as a share of the static file's, measured in the same run. */
const PAGE_TARGETS = { lesson: 0.5, quiz: 0.3 };

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0));

/** "PASS", or what a page misses, e.g. "MISS performance". */
function auditVerdict(scores: Record<keyof typeof TARGETS, number>): string {
  const missed = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter(
    (category) => !(scores[category] >= TARGETS[category]),
  );
  return missed.length ? `MISS ${missed.join(', ')}` : 'PASS';
}

export function printAudits(pages: PageResult[]): void {
  const audited = pages.filter((page) => page.audit);
  const targets = `performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}`;
  console.log(`\n## Lighthouse (targets: ${targets})\n`);
  console.log(
    markdownTable(
      ['Page', 'Lang', 'Path', 'Perf', 'A11y', 'BP', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'Result'],
      'lllrrrrrrrl',
      audited.map(({ name, locale, path, audit }) => [
        name,
        locale,
        `\`${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, '<classId>')}\``,
        audit!.scores.performance,
        audit!.scores.accessibility,
        audit!.scores['best-practices'],
        ms(audit!.metrics.fcp),
        ms(audit!.metrics.lcp),
        ms(audit!.metrics.tbt),
        audit!.metrics.cls.toFixed(3),
        auditVerdict(audit!.scores),
      ]),
    ),
  );
  const indexes = audited.map((page) => page.audit!.benchmarkIndex);
  console.log(
    `\nLighthouse CPU benchmark index during the runs: ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)} (higher is faster).`,
  );
  printFailures(audited);
  printBroken(audited);
  const slow = audited.filter((page) => page.audit!.scores.performance < TARGETS.performance);
  if (slow.length) console.log('\nBelow the performance target:\n');
  for (const page of slow) console.log(`- ${page.name} ${page.locale}: ${page.audit!.mainThread}.`);
}

/** Each failing audit once, with the pages it failed on and what it found on the first of them. */
function printFailures(pages: PageResult[]): void {
  const byAudit = new Map<string, { failure: Failure; pages: string[] }>();
  for (const page of pages) {
    for (const failure of page.audit!.failures) {
      const key = `${failure.category} · ${failure.id}`;
      const entry = byAudit.get(key) ?? { failure, pages: [] };
      entry.pages.push(`${page.name} ${page.locale} (${failure.score.toFixed(2)})`);
      byAudit.set(key, entry);
    }
  }
  if (!byAudit.size) return console.log('\nNo scored audit failed.');
  console.log('\nScored audits that did not pass (score in brackets):\n');
  for (const [key, { failure, pages: where }] of byAudit) {
    console.log(`- **${key}**: ${failure.title}. On ${where.join(', ')}.`);
    for (const detail of failure.details) console.log(`  - ${detail}`);
  }
}

/** Audits Lighthouse could not run, each once, with how many of the audited pages it failed on. */
function printBroken(pages: PageResult[]): void {
  const byAudit = new Map<string, { message: string; pages: number }>();
  for (const page of pages) {
    for (const [id, message] of page.audit!.broken)
      byAudit.set(id, { message, pages: (byAudit.get(id)?.pages ?? 0) + 1 });
  }
  if (!byAudit.size) return;
  console.log('\nAudits Lighthouse could not run (no score, so they count neither for nor against a page):\n');
  for (const [id, { message, pages: count }] of byAudit)
    console.log(`- ${id} (${count} of ${pages.length} pages): ${message}`);
}

export function printJs(pages: PageResult[]): void {
  const byRoute = new Map(pages.filter((page) => page.js).map((page) => [page.route, page]));
  console.log(
    `\n## JavaScript loaded by each page, gzipped (budget ${JS_BUDGET_KIB} KiB for the reading and quiz pages)\n`,
  );
  console.log(
    markdownTable(
      [
        'Page',
        'Route',
        'Chunks',
        'Raw KiB',
        'Gzip KiB',
        'Received, Lighthouse KiB',
        'Inline payload KiB gz (not counted)',
        'Result',
      ],
      'llrrrrrl',
      [...byRoute.values()].map(({ name, route, js }) => {
        const received = pages.find((page) => page.route === route && page.audit)?.audit?.scriptTransferBytes;
        const gzipKib = js!.gzipBytes / 1024;
        const verdict = JS_BUDGET_PAGES.has(name) ? (gzipKib <= JS_BUDGET_KIB ? 'PASS' : 'OVER') : 'info';
        const receivedKib = received === undefined ? '–' : kib(received);
        return [
          name,
          `\`${route}\``,
          js!.chunks,
          kib(js!.rawBytes),
          kib(js!.gzipBytes),
          receivedKib,
          kib(js!.inlineGzipBytes),
          verdict,
        ];
      }),
    ),
  );
  console.log(
    "\nChunks: the route's first-load chunks in .next/diagnostics/route-bundle-stats.json and every <script src> of the " +
      'served page (noModule polyfills aside), each gzipped at level 6 as `next start` sends it. Received: script bytes ' +
      'over the wire when Lighthouse loaded the page in the first language, response headers included.',
  );
  for (const { name, js } of byRoute.values()) {
    if (js!.onlyInHtml.length)
      console.log(
        `- ${name}: the page also loads ${js!.onlyInHtml.join(', ')} (not in the build's list for the route; counted).`,
      );
    if (js!.onlyInBuild.length)
      console.log(
        `- ${name}: the build lists ${js!.onlyInBuild.join(', ')}, which the page does not reference (counted).`,
      );
  }
}

export function printThroughput(rates: Throughput[], clients: number, seconds: number): void {
  const [lesson, lessonState, quiz, quizState, dataFree, prerendered, staticFile] = rates as [
    Throughput,
    Throughput,
    Throughput,
    Throughput,
    Throughput,
    Throughput,
    Throughput,
  ];
  const rows: [Throughput, string][] = [
    [lesson, 'lesson page, prerendered (students whose browsers run JavaScript)'],
    [lessonState, 'the learner state the lesson page loads (database reads)'],
    [quiz, 'quiz page, prerendered (students whose browsers run JavaScript)'],
    [quizState, 'the attempt the quiz page loads (database reads)'],
    [dataFree, 'data-free page, rendered per request (for information)'],
    [prerendered, 'home page, prerendered at build time (for information)'],
    [staticFile, 'static file from the build (the comparison)'],
  ];
  const targets = `lesson ≥ ${PAGE_TARGETS.lesson * 100} %, quiz ≥ ${PAGE_TARGETS.quiz * 100} % of the static file`;
  console.log(`\n## Throughput: ${clients} clients back to back, ${seconds} s per path (targets: ${targets})\n`);
  console.log(
    markdownTable(
      ['Path', 'What', 'Requests', 'Errors', 'Req/s', 'p50 ms', 'p95 ms', 'Body KiB', 'Share of static'],
      'llrrrrrrr',
      rows.map(([rate, what]) => [
        `\`${rate.path}\``,
        what,
        rate.requests,
        rate.errors,
        rate.perSecond.toFixed(0),
        ms(rate.p50),
        ms(rate.p95),
        kib(rate.bytes),
        `${((rate.perSecond / staticFile.perSecond) * 100).toFixed(0)} %`,
      ]),
    ),
  );
  // A student's visit to a page is the page and then its state: one of each, one after the other.
  const visitsPerSecond = (page: Throughput, state: Throughput) => 1 / (1 / page.perSecond + 1 / state.perSecond);
  for (const [name, perSecond, target] of [
    ['Lesson page', lesson.perSecond, PAGE_TARGETS.lesson],
    ['Lesson page with its state (one visit)', visitsPerSecond(lesson, lessonState), PAGE_TARGETS.lesson],
    ['Quiz page', quiz.perSecond, PAGE_TARGETS.quiz],
    ['Quiz page with its attempt (one visit)', visitsPerSecond(quiz, quizState), PAGE_TARGETS.quiz],
  ] as const) {
    const ratio = perSecond / staticFile.perSecond;
    console.log(
      `${name} ÷ static file: ${(ratio * 100).toFixed(1)} % → ${ratio >= target ? 'PASS' : 'MISS'} (target ${target * 100} %).`,
    );
  }
}

export function printSaves(saturation: Saturation, seconds: number, postgres: boolean): void {
  const { saves, ceiling, clients } = saturation;
  console.log(`\n## Saves: ${clients} clients back to back, ${seconds} s, then ${CEILING_PATH} as long\n`);
  console.log(
    markdownTable(
      ['Requests', 'What', 'Req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'Errors'],
      'llrrrrr',
      (
        [
          [saves, 'answer saves (drafts), the quiz page’s JSON endpoint'],
          [ceiling, `${CEILING_PATH}, a route handler that does nothing: the ceiling`],
        ] as const
      ).map(([rate, what]) => [
        rate.requests,
        what,
        rate.perSecond.toFixed(0),
        ms(rate.p50),
        ms(rate.p95),
        ms(rate.p99),
        rate.errors,
      ]),
    ),
  );
  const ratio = saves.perSecond / ceiling.perSecond;
  const fast = saves.p99 < SAVE_TARGETS.p99Ms;
  console.log(
    `\nSaves ÷ ceiling: ${(ratio * 100).toFixed(1)} % → ${ratio >= SAVE_TARGETS.ratio ? 'PASS' : 'MISS'} ` +
      `(target ${SAVE_TARGETS.ratio * 100} %); save p99 ${ms(saves.p99)} ms → ${fast ? 'PASS' : 'MISS'} ` +
      `(target under ${SAVE_TARGETS.p99Ms} ms${postgres ? '' : ', set on PostgreSQL'})` +
      (clients === 50 ? '.' : `; the targets are set at 50 clients, this run had ${clients}.`),
  );
}
