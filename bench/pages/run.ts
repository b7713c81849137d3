// Page-speed benchmark: `npm run bench:pages` (`-- --locales en --seconds 3` for a quick run).
// Starts the built app on a brand-new database seeded with the demo class, signs a student and the teacher in over
// HTTP, then: Lighthouse (mobile defaults) on the home, reading, quiz, results and dashboard pages in each language;
// the gzipped JavaScript each of those pages loads; the lesson and quiz pages' throughput next to a static file's and
// the machine's ceiling (page-rates.ts);
// and answer saves back to back next to the framework's ceiling. Prints markdown tables. Exits non-zero on an error, not when a target is missed (that row says MISS or OVER).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startApp } from '../../e2e/support/app-process';
import { createFreshDatabase } from '../../scripts/fresh-database.mjs';
import { seedDemo } from '../../scripts/seed-demo.mjs';
import { lessonStatePath } from '../../lib/lesson-learner-state';
import { quizStatePath } from '../../lib/quiz/quiz-learner-state';
import { LESSON_SLUG, loadQuizzes, QUIZ_IDS } from '../load/answers';
import { CEILING_PATH, measureSaturation, type Saturation } from '../load/saturation';
import { benchActions, type Browser } from '../load/http';
import { pageJs } from './js-size';
import { auditPage, startChromium, type Audit, type Chromium, type Cookie } from './lighthouse';
import { LOCALES, PAGE_NAMES, pageSpecs, type Locale, type PageName, type PageResult } from './pages';
import { printAudits, printJs, printSaves, printThroughput } from './report';
import { cookiesOf, joinStudent, makeVisitors, newBrowser, pageHtml, type Visitors } from './sessions';
import { measureThroughput, type Throughput } from './throughput';
import { pageRate, startCeiling, type PageRate, type Rates } from './page-rates';
import { JS_COOKIE } from '../../lib/prerendered-page';

const STEPS = ['lighthouse', 'js', 'throughput', 'saves'] as const;
/**
 * The comparison: a file written at build time and served without the proxy, a render or the database.
 */
const STATIC_PATH = '/icon.svg';
/** A page without data, rendered per request (its nonce): separates rendering from data. For information. */
const DATA_FREE_PAGE = '/en/privacy';
/** A page prerendered at build time, served as a file through the proxy (hash policy): what a page can cost at best. */
const PRERENDERED_PAGE = '/en';
const BUILD_ID = '.next/BUILD_ID';

type Step = (typeof STEPS)[number];
type Options = {
  locales: Locale[];
  pages: PageName[];
  steps: Set<Step>;
  runs: number;
  clients: number;
  /** Clients saving answers back to back: the save target is set at 50; 1 gives a save's own cost. */
  saveClients: number;
  seconds: number;
};

function listOption<T extends string>(name: string, value: string, allowed: readonly T[]): T[] {
  const list = value.split(',').filter(Boolean);
  const wrong = list.filter((item) => !allowed.includes(item as T));
  if (wrong.length || !list.length)
    throw new Error(`--${name} takes a comma-separated list of ${allowed.join(', ')}, not "${value}"`);
  return list as T[];
}

function wholeNumber(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} takes a whole number of at least 1, not "${value}"`);
  return number;
}

function optionsFromArgs(): Options {
  const { values } = parseArgs({
    options: {
      locales: { type: 'string', default: LOCALES.join(',') },
      pages: { type: 'string', default: PAGE_NAMES.join(',') },
      skip: { type: 'string', default: '' },
      runs: { type: 'string', default: '1' },
      clients: { type: 'string', default: '20' },
      'save-clients': { type: 'string', default: '50' },
      seconds: { type: 'string', default: '10' },
    },
  });
  const skipped = values.skip ? listOption('skip', values.skip, STEPS) : [];
  return {
    locales: listOption('locales', values.locales, LOCALES),
    pages: listOption('pages', values.pages, PAGE_NAMES),
    steps: new Set(STEPS.filter((step) => !skipped.includes(step))),
    runs: wholeNumber('runs', values.runs),
    clients: wholeNumber('clients', values.clients),
    saveClients: wholeNumber('save-clients', values['save-clients']),
    seconds: wholeNumber('seconds', values.seconds),
  };
}

/** The median run by performance score, as Lighthouse's own docs advise for repeated runs. */
async function medianAudit(chromium: Chromium, url: string, cookies: Cookie[], runs: number): Promise<Audit> {
  const audits: Audit[] = [];
  for (let run = 0; run < runs; run += 1) audits.push(await auditPage(chromium, url, cookies));
  audits.sort((a, b) => a.scores.performance - b.scores.performance);
  return audits[Math.floor(audits.length / 2)]!;
}

async function measurePages(
  baseURL: string,
  visitors: Visitors,
  chromium: Chromium | null,
  options: Options,
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const spec of pageSpecs(visitors, newBrowser(baseURL, 2), options.locales, options.pages)) {
    // Every page must answer 200 to its visitor: a redirect to sign-in would be measured as if it were the page.
    const html = await pageHtml(spec.visitor, spec.path);
    const result: PageResult = { ...spec };
    if (options.steps.has('js')) result.js = pageJs(spec.route, html);
    if (chromium) {
      console.error(`Lighthouse: ${spec.path}…`);
      result.audit = await medianAudit(chromium, `${baseURL}${spec.path}`, cookiesOf(spec.visitor), options.runs);
    }
    results.push(result);
  }
  return results;
}

/**
 * The lesson and quiz pages on a first visit (no cookie) and from a returning student's browser (its session and the
 * JavaScript cookie), the home and data-free pages, a static file and the ceiling, by autocannon; then the states
 * the lesson and quiz pages load, by joined students back to back (each has their own session).
 */
async function measureRates(baseURL: string, visitors: Visitors, options: Options): Promise<Rates> {
  console.error(`Throughput: ${options.clients} students joining…`);
  const clients: Browser[] = [];
  for (let i = 0; i < options.clients; i += 1) clients.push(await joinStudent(baseURL, visitors.joinCode, 100 + i));
  const lessonPage = `/en/lessons/${LESSON_SLUG}`;
  const quizPage = `/en/lessons/${LESSON_SLUG}/quiz/${QUIZ_IDS[0]}`;
  const returning = { Cookie: `${clients[0]!.jar.header()}; ${JS_COOKIE}=1`, 'X-Forwarded-For': clients[0]!.address };
  const ceiling = await startCeiling(baseURL, lessonPage);
  const pages: PageRate[] = [];
  try {
    for (const [origin, request] of [
      [ceiling.origin, { name: 'ceiling', path: lessonPage }],
      [baseURL, { name: 'static', path: STATIC_PATH }],
      [baseURL, { name: 'lesson, first visit', path: lessonPage }],
      [baseURL, { name: 'lesson, returning', path: lessonPage, headers: returning }],
      [baseURL, { name: 'quiz, first visit', path: quizPage }],
      [baseURL, { name: 'quiz, returning', path: quizPage, headers: returning }],
      [baseURL, { name: 'home, prerendered', path: PRERENDERED_PAGE }],
      [baseURL, { name: 'data-free, per request', path: DATA_FREE_PAGE }],
    ] as const) {
      console.error(`Throughput: ${request.name} (${request.path}), ${options.seconds} s…`);
      pages.push(await pageRate(origin, request, options.seconds));
    }
  } finally {
    ceiling.stop();
  }
  const states: Throughput[] = [];
  for (const path of [lessonStatePath('en', LESSON_SLUG), quizStatePath('en', LESSON_SLUG, QUIZ_IDS[0])]) {
    console.error(`Throughput: ${path}, ${options.seconds} s…`);
    states.push(await measureThroughput(clients, path, options.seconds));
  }
  return { pages, states };
}

/** Answer saves back to back from joined students (50 unless told), then the framework's ceiling with as many clients. */
async function measureSaves(baseURL: string, visitors: Visitors, options: Options): Promise<Saturation> {
  console.error(
    `Saves: ${options.saveClients} students saving back to back, then ${CEILING_PATH}, ${options.seconds} s each…`,
  );
  const saturation = await measureSaturation({
    baseURLs: [baseURL],
    joinCode: visitors.joinCode,
    clients: options.saveClients,
    seconds: options.seconds,
    firstIndex: 5_000,
    actions: benchActions(),
    quiz: loadQuizzes()[0]!,
  });
  if (saturation.failures.length) throw new Error(`saves failed: ${saturation.failures.slice(0, 3).join('; ')}`);
  return saturation;
}

/** The build in .next/, or '' while there is none (during `npm run build`, say). */
function currentBuildId(): string {
  return existsSync(BUILD_ID) ? readFileSync(BUILD_ID, 'utf8').trim() : '';
}

/** Date, machine, versions and database, so that figures pasted elsewhere keep their context. */
function header(chromium: Chromium | null, pages: PageResult[], databaseLabel: string, buildId: string): string {
  const cpu = os.cpus();
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  const lighthouse = pages.find((page) => page.audit)?.audit?.lighthouseVersion;
  const settings = 'mobile defaults: simulated throttling, Moto G Power screen';
  const browser =
    chromium && lighthouse ? `${chromium.version}, Lighthouse ${lighthouse} (${settings})` : 'Lighthouse skipped';
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${memory} GiB RAM, load average ${load}`;
  const versions = `Node ${process.version} | ${browser} | ${databaseLabel} | build ${buildId}`;
  return `# Page speed, ${new Date().toISOString()}\n\n${machine} | ${versions}`;
}

async function main(): Promise<void> {
  const options = optionsFromArgs();
  const buildId = currentBuildId();
  if (!buildId) throw new Error('No build in .next/: run npm run build first.');
  const started = performance.now();
  const database = await createFreshDatabase('pages');
  // Ctrl-C must not leave a fresh PostgreSQL database or a data folder behind.
  process.once('SIGINT', () => void database.cleanup().then(() => process.exit(130)));
  const databaseLabel = database.env.DATABASE_URL
    ? 'PostgreSQL (fresh database on DATABASE_URL’s server)'
    : 'PGlite (embedded, fresh data folder)';
  let chromium: Chromium | null = null;
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  try {
    console.error('Seeding the demo class…');
    seedDemo(database.env);
    // FUENTE_TRUSTED_PROXIES=1: the benchmark plays the proxy, one X-Forwarded-For address per simulated browser.
    app = await startApp({
      ...database.env,
      NEXT_TELEMETRY_DISABLED: '1',
      FUENTE_INSECURE_COOKIES: 'true',
      FUENTE_TRUSTED_PROXIES: '1',
    });
    const visitors = await makeVisitors(app.baseURL);
    if (options.steps.has('lighthouse')) chromium = await startChromium();
    const pages =
      options.steps.has('lighthouse') || options.steps.has('js')
        ? await measurePages(app.baseURL, visitors, chromium, options)
        : [];
    const rates = options.steps.has('throughput') ? await measureRates(app.baseURL, visitors, options) : null;
    const saves = options.steps.has('saves') ? await measureSaves(app.baseURL, visitors, options) : null;
    console.log(header(chromium, pages, databaseLabel, buildId));
    if (chromium) printAudits(pages);
    if (options.steps.has('js')) printJs(pages);
    if (rates) printThroughput(rates, options.clients, options.seconds);
    if (saves) printSaves(saves, options.seconds, Boolean(database.env.DATABASE_URL));
    console.log(`\nWhole run ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    if (
      rates &&
      [...rates.pages.map((rate) => rate.failures), ...rates.states.map((rate) => rate.errors)].some(Boolean)
    )
      throw new Error('some throughput requests failed (see Errors): the rates are not comparable');
    // Another `npm run build` during the run mixes two builds' chunks and pages: the figures above are not to be kept.
    if (currentBuildId() !== buildId) throw new Error('the build in .next/ changed during the run: run again');
  } finally {
    await chromium?.stop();
    await app?.stop();
    await database.cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
