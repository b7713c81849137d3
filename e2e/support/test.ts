import { test as base, expect, type BrowserContext } from '@playwright/test';

// Every spec imports `test` and `expect` from here. On top of Playwright's own, it watches every browser context
// of every test: a request to another origin (a CDN font, an analytics script…) or a script refused by the
// Content-Security-Policy fails the run. Student privacy promises that the app never calls anyone else.

type Watch = { problems: string[]; attach(context: BrowserContext): void };

const watched = new WeakSet<BrowserContext>();

export const test = base.extend<{ offOriginGuard: void }, { originWatch: Watch }>({
  originWatch: [
    async ({ browser }, use, workerInfo) => {
      // The app under test: the shared server, or one that a spec starts itself on another local port.
      const appHost = new URL(workerInfo.project.use.baseURL!).hostname;
      const isApp = (url: URL) => url.hostname === appHost && url.protocol === 'http:';
      const problems: string[] = [];
      const attach = (context: BrowserContext) => {
        if (watched.has(context)) return;
        watched.add(context);
        context.on('request', (request) => {
          const url = new URL(request.url());
          if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !isApp(url))
            problems.push(`request to another origin: ${url.href}`);
        });
        context.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
        });
      };
      // Contexts that specs open themselves (several actors, a student on a second device) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const context = await newContext(...args);
        attach(context);
        return context;
      };
      await use({ problems, attach });
      browser.newContext = newContext;
    },
    { scope: 'worker', auto: true },
  ],
  context: async ({ context, originWatch }, use) => {
    originWatch.attach(context);
    await use(context);
  },
  offOriginGuard: [
    async ({ originWatch }, use) => {
      await use();
      expect(originWatch.problems, 'every request stays on the app’s origin, and no script is refused').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Browser, BrowserContext, Page } from '@playwright/test';
