// Lighthouse 12 on the system Chromium with its default (mobile) settings, each page in a fresh browser context: the
// scores, the key metrics, the script bytes the browser received, and every scored audit a page fails, with details.
import path from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import type { Result as LighthouseResult } from 'lighthouse';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { SYSTEM_CHROMIUM_ARGS, systemChromium } from '../../e2e/support/system-chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
type AuditResult = LighthouseResult['audits'][string];

/** The e2e tests' flags, with the new headless mode, the one Lighthouse supports. */
const CHROMIUM_FLAGS = ['--headless=new', ...SYSTEM_CHROMIUM_ARGS];
const ITEMS_PER_FAILURE = 3;
/** Lighthouse runs per page before its runtime error counts as the benchmark's. */
const ATTEMPTS = 3;

/** The system Chromium, and Puppeteer connected to it for one cookie jar per audit. */
export type Chromium = { browser: PuppeteerBrowser; version: string; stop: () => Promise<void> };

/** A cookie of the app's origin (host-only, path "/"), as bench/load's CookieJar holds them. */
export type Cookie = { name: string; value: string };

export type Failure = { category: Category; id: string; title: string; score: number; details: string[] };

export type Audit = {
  scores: Record<Category, number>;
  /** FCP, LCP and TBT in ms; CLS unitless. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  scriptTransferBytes: number;
  failures: Failure[];
  /** Audits of the three categories that could not run (score null, scoreDisplayMode "error"): id → first line of the error. */
  broken: Map<string, string>;
  /** Where the main thread's time went (TBT's cause), as Lighthouse simulates it on a slow phone. */
  mainThread: string;
  lighthouseVersion: string;
  /** Lighthouse's CPU benchmark for this run: how fast the machine was then (lower is slower). */
  benchmarkIndex: number;
};

/** Starts the system Chromium (CHROMIUM_PATH, else /usr/bin/chromium) the way Lighthouse's CLI does, and connects Puppeteer. */
export async function startChromium(): Promise<Chromium> {
  const chromePath = systemChromium();
  if (!chromePath)
    throw new Error(
      'no Chromium at CHROMIUM_PATH or /usr/bin/chromium: install it (apt-get install chromium) or set CHROMIUM_PATH',
    );
  const chrome: LaunchedChrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  try {
    // Imported at run time for the reason given in runLighthouse, and so that Lighthouse and this code share one copy.
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    // "HeadlessChrome/156.0…" whichever Chromium build it is: name it by the binary that was started.
    const version = `${path.basename(chromePath)} ${(await browser.version()).replace(/^[^/]*\//, '')}`;
    const stop = async () => {
      await browser.disconnect();
      chrome.kill();
    };
    return { browser, version, stop };
  } catch (error) {
    chrome.kill();
    throw error;
  }
}

/** A failing audit's first items, as one line each: the element, the message or the URL it is about. */
function describeItems(audit: AuditResult): string[] {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  const lines = (details?.items ?? []).slice(0, ITEMS_PER_FAILURE).map((item) =>
    Object.values(item)
      .map((value) => {
        if (typeof value === 'string' || typeof value === 'number') return String(value);
        const node = value as {
          type?: string;
          selector?: string;
          snippet?: string;
          explanation?: string;
          url?: string;
          line?: number;
        };
        if (node?.type === 'node') return [node.selector, node.snippet, node.explanation].filter(Boolean).join(' ');
        if (node?.type === 'source-location') return `${node.url}:${node.line}`;
        return '';
      })
      .filter(Boolean)
      .join(' · ')
      .replace(/\s+/g, ' ')
      .slice(0, 300),
  );
  return [audit.explanation, audit.errorMessage, ...lines].filter((line): line is string => Boolean(line));
}

/** Every audit that counts towards a category's score and did not pass. */
function failures(lhr: LighthouseResult): Failure[] {
  return CATEGORIES.flatMap((category) =>
    lhr.categories[category]!.auditRefs.flatMap((ref) => {
      const audit = lhr.audits[ref.id]!;
      if (ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
      return [{ category, id: audit.id, title: audit.title, score: audit.score, details: describeItems(audit) }];
    }),
  );
}

function mainThread(lhr: LighthouseResult): string {
  const total = lhr.audits['mainthread-work-breakdown']?.displayValue ?? '?';
  const scripts =
    (lhr.audits['bootup-time']?.details as { items?: { url: string; scripting: number }[] } | undefined)?.items ?? [];
  const top = [...scripts]
    .sort((a, b) => b.scripting - a.scripting)
    .slice(0, 3)
    .map((item) => `${item.url.split('/').pop()} ${item.scripting.toFixed(0)} ms`);
  return `main-thread work ${total}; script evaluation by file: ${top.join(', ')}`;
}

/** Audits that errored hide whatever they would have found, so they are reported, not skipped silently. */
function brokenAudits(lhr: LighthouseResult): Map<string, string> {
  const ids = new Set(CATEGORIES.flatMap((category) => lhr.categories[category]!.auditRefs.map((ref) => ref.id)));
  const broken = [...ids].map((id) => lhr.audits[id]!).filter((audit) => audit.scoreDisplayMode === 'error');
  return new Map(broken.map((audit) => [audit.id, (audit.errorMessage ?? 'no message').split('\n')[0]!]));
}

function scriptTransferBytes(lhr: LighthouseResult): number {
  const summary = lhr.audits['resource-summary']?.details as
    { items?: { resourceType: string; transferSize: number }[] } | undefined;
  return summary?.items?.find((item) => item.resourceType === 'script')?.transferSize ?? Number.NaN;
}

/** One Lighthouse run; a runtime error (the page could not be measured) comes back as a message, not a result. */
async function runLighthouse(page: PuppeteerPage, url: string): Promise<LighthouseResult | string> {
  // Imported at run time on purpose: tsx turns a static import of this ES module into CommonJS with esbuild's
  // keepNames, and the `__name(…)` calls it adds break the functions Lighthouse sends into the page.
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(
    url,
    { logLevel: 'error', onlyCategories: [...CATEGORIES], disableFullPageScreenshot: true },
    undefined,
    page,
  );
  if (!result) return 'Lighthouse returned nothing';
  const { runtimeError } = result.lhr;
  return runtimeError ? `${runtimeError.code}: ${runtimeError.message}` : result.lhr;
}

/**
 * Audits one URL in a browser context of its own, holding `cookies` and nothing else. Cookies go in the cookie store,
 * not in an extraHeaders Cookie: Chromium replaces that header with the store's cookies as soon as the app has set
 * one (NEXT_LOCALE on the first Spanish page), and the audit would quietly measure a signed-out page.
 * Throws when Lighthouse cannot load the page, when it was redirected, or when the app dropped a cookie on the way.
 */
export async function auditPage(chromium: Chromium, url: string, cookies: Cookie[]): Promise<Audit> {
  const context = await chromium.browser.createBrowserContext();
  try {
    const domain = new URL(url).hostname;
    if (cookies.length) await context.setCookie(...cookies.map((cookie) => ({ ...cookie, domain, path: '/' })));
    const page = await context.newPage();
    let lhr = await runLighthouse(page, url);
    // Lighthouse's advice for a runtime error such as NO_NAVSTART (a trace recorded badly, seen here on a busy machine).
    for (let retry = 1; typeof lhr === 'string' && retry < ATTEMPTS; retry += 1) {
      console.error(`  ${url}: ${lhr.split('\n')[0]}; trying again`);
      lhr = await runLighthouse(page, url);
    }
    if (typeof lhr === 'string') throw new Error(`Lighthouse could not audit ${url} in ${ATTEMPTS} attempts: ${lhr}`);
    if (lhr.finalDisplayedUrl !== url)
      throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}: a redirect is not the page to measure`);
    const kept = new Set((await context.cookies()).map((cookie) => cookie.name));
    const dropped = cookies.filter((cookie) => !kept.has(cookie.name)).map((cookie) => cookie.name);
    if (dropped.length) throw new Error(`${url}: the app dropped the cookie(s) ${dropped.join(', ')} during the audit`);
    return auditOf(lhr);
  } finally {
    await context.close();
  }
}

function auditOf(lhr: LighthouseResult): Audit {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100)]),
    ) as Audit['scores'],
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    },
    scriptTransferBytes: scriptTransferBytes(lhr),
    failures: failures(lhr),
    broken: brokenAudits(lhr),
    mainThread: mainThread(lhr),
    lighthouseVersion: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}
