// The benchmark's tables, with each row judged against the targets.
import type { Failure } from './lighthouse';
import { kib, markdownTable } from './markdown';
import type { PageResult } from './pages';
import { CONNECTIONS, type PageRate, type Rates } from './page-rates';
import { CEILING_PATH, type Saturation } from '../load/saturation';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
/** The JavaScript budget applies to the pages students spend their time on. */
const JS_BUDGET_KIB = 160;
const JS_BUDGET_PAGES = new Set(['reading', 'quiz']);
/** Issue 17: saves back to back at 50 clients, as a share of the ceiling, and their p99 on PostgreSQL. */
const SAVE_TARGETS = { ratio: 0.35, p99Ms: 150 };
/**
 * Each page's requests per second as a share of the static file's, measured in the same run (issue 17; a first
 * visit, issue 40), and the returning lesson page's share of the machine's ceiling (issue 40).
 */
const PAGE_TARGETS = { lesson: 0.5, quiz: 0.3, firstVisit: 0.5, ofCeiling: 0.3 };

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

export function printThroughput({ pages, states }: Rates, clients: number, seconds: number): void {
  const byName = new Map(pages.map((rate) => [rate.name, rate]));
  const rate = (name: string) => byName.get(name)!;
  const [staticFile, ceiling] = [rate('static'), rate('ceiling')];
  const share = (perSecond: number, of: PageRate) => `${((perSecond / of.perSecond) * 100).toFixed(1)} %`;
  console.log(`\n## Pages: autocannon, ${CONNECTIONS} connections, ${seconds} s per row\n`);
  console.log(
    markdownTable(
      ['Page', 'Path', 'Req/s', 'p50 ms', 'p99 ms', 'Failures', 'Body KiB', 'Of static', 'Of ceiling'],
      'llrrrrrrr',
      pages.map((page) => [
        page.name,
        `\`${page.path}\``,
        page.perSecond.toFixed(0),
        ms(page.p50),
        ms(page.p99),
        page.failures,
        kib(page.bytes),
        share(page.perSecond, staticFile),
        share(page.perSecond, ceiling),
      ]),
    ),
  );
  console.log("\nThe ceiling: a plain Node.js server sending the lesson page's gzipped bytes from memory.");
  console.log(`\n## Learner states: ${clients} joined students back to back, ${seconds} s per path\n`);
  console.log(
    markdownTable(
      ['Path', 'Requests', 'Errors', 'Req/s', 'p50 ms', 'p95 ms', 'Body KiB'],
      'lrrrrrr',
      states.map((state) => [
        `\`${state.path}\``,
        state.requests,
        state.errors,
        state.perSecond.toFixed(0),
        ms(state.p50),
        ms(state.p95),
        kib(state.bytes),
      ]),
    ),
  );
  console.log('');
  for (const [name, perSecond, of, target] of [
    [
      'Lesson page, first visit ÷ static file',
      rate('lesson, first visit').perSecond,
      staticFile,
      PAGE_TARGETS.firstVisit,
    ],
    ['Quiz page, first visit ÷ static file', rate('quiz, first visit').perSecond, staticFile, PAGE_TARGETS.firstVisit],
    ['Lesson page, returning ÷ static file', rate('lesson, returning').perSecond, staticFile, PAGE_TARGETS.lesson],
    ['Quiz page, returning ÷ static file', rate('quiz, returning').perSecond, staticFile, PAGE_TARGETS.quiz],
    ['Lesson page, returning ÷ ceiling', rate('lesson, returning').perSecond, ceiling, PAGE_TARGETS.ofCeiling],
  ] as const) {
    const ratio = perSecond / of.perSecond;
    console.log(
      `${name}: ${(ratio * 100).toFixed(1)} % → ${ratio >= target ? 'PASS' : 'MISS'} (target ${target * 100} %).`,
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
