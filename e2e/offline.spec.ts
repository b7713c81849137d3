import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { answerWithMouse, rightInputs } from './support/answer-quiz';
import { LESSON_SLUG, LOCALES, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedStudent, seedTeacher } from './support/seed';
import type { Request } from '@playwright/test';
import { expect, test, type Browser, type BrowserContext, type Page } from './support/test';
import { openFold } from './support/lesson-folds';

// The lesson after the school's Wi-Fi drops (public/sw.js): what a learner opened works offline, answers wait on the
// device and are sent once, and pages that need the server say so in the page's language.

const lessonPath = (locale: string) => `/${locale}/lessons/${LESSON_SLUG}`;

/**
 * Cuts the browser off. Chromium's offline emulation covers the pages; the service worker's own requests are
 * aborted too (Playwright routes them with PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS, playwright.config.ts), so
 * nothing the worker answers can come from the server.
 */
async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/*', (route) =>
    route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue(),
  );
}

async function goOnline(context: BrowserContext) {
  await context.unrouteAll({ behavior: 'wait' });
  await context.setOffline(false);
}

/** What a request for a build file the worker has never kept meets: the server, or no network at all. */
const probeNetwork = (page: Page) =>
  page.evaluate(() =>
    fetch(`/_next/static/offline-probe-${Math.random()}.js`).then(
      () => 'server',
      () => 'no network',
    ),
  );

const quizStatePath = (locale: string) => `/api/${locale}/lessons/${LESSON_SLUG}/quizzes/comprehension/state`;

/** The paths of everything the worker's caches hold. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });

/** The version of the worker in charge (its script's ?v=). */
const workerVersion = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    return new URL(registration?.active?.scriptURL ?? 'http://none/').searchParams.get('v');
  });

/** A student of a new class (both seeded), signed in in a browser of their own. */
async function studentInNewClass(
  browser: Browser,
  baseURL: string,
  locale: 'en' | 'es',
  className: string,
  name: string,
) {
  const teacher = await browser.newContext();
  const klass = await seedClass(await seedTeacher(teacher, baseURL), `${className} ${locale}`, locale);
  await teacher.close();
  const context = await browser.newContext();
  await seedStudent(context, baseURL, klass, `${name} ${locale}`);
  return { context, student: await context.newPage() };
}

/** Opens the lesson and waits until the worker has kept it (the page says so). */
async function openLessonAndKeepIt(page: Page, locale: string, kept: string) {
  await page.goto(lessonPath(locale));
  await expect(page.getByText(kept)).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 })
    .toBe(true);
}

for (const { locale, messages } of localesFor('offline')) {
  test.describe(`offline (${locale})`, () => {
    test('a lesson opened once is read and answered offline; the answers are sent once when the network is back', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const quiz = quizzes.comprehension;
      const { context, student } = await studentInNewClass(browser, baseURL!, locale, `Offline`, `Olga`);
      // Every answer save, in order: made, and stored (the server answered 200). Chromium may hold a request made
      // offline and send it when the network is back, so one save can be made more than once before it is stored.
      const saveEvents: { saveId: string; event: 'made' | 'stored' }[] = [];
      const saveIdOf = (request: Request) =>
        request.method() === 'POST' && /\/api\/[a-z]+\/answers$/.test(request.url())
          ? String((JSON.parse(request.postData() ?? '{}') as { saveId?: string }).saveId)
          : null;
      context.on('request', (request) => {
        const saveId = saveIdOf(request);
        if (saveId) saveEvents.push({ saveId, event: 'made' });
      });
      context.on('requestfinished', async (request) => {
        const saveId = saveIdOf(request);
        if (saveId && (await request.response())?.ok()) saveEvents.push({ saveId, event: 'stored' });
      });

      await openLessonAndKeepIt(student, locale, messages.OfflineLesson.kept);
      await goOffline(context);
      expect(await probeNetwork(student)).toBe('no network');

      // The reading page reloads from the device, in both views, glossary included.
      await student.reload();
      await expect(student.getByRole('heading', { level: 2, name: messages.LessonPage.articleHeading })).toBeVisible();
      await expect(student.getByRole('heading', { name: messages.LessonPage.glossaryHeading })).toBeVisible();
      await openFold(student, messages.LessonPage.readingTools);
      await student.getByRole('link', { name: messages.LessonPage.viewBilingual }).click();
      await expect(student).toHaveURL(/view=bilingual/);
      await expect(student.getByText(messages.LessonPage.bilingualHint)).toBeVisible();

      // The comprehension quiz opens from the device; three answers wait there, each one says so.
      await student.goto(`${lessonPath(locale)}/quiz/${quiz.id}`);
      for (const index of [0, 1, 2]) {
        await expect(student.getByText(quiz.items[index]!.prompt[locale], { exact: true })).toBeVisible();
        await answerWithMouse(student, quiz.items[index]!, locale, messages);
        await expect(student.getByText(messages.Quiz.onDevice.check)).toBeVisible();
        await student.getByRole('link', { name: messages.Quiz.next }).click();
      }

      // Closed, and reopened offline: the three answers are there, still on the device.
      await student.close();
      const reopened = await context.newPage();
      await reopened.goto(`${lessonPath(locale)}/quiz/${quiz.id}?q=1`);
      await expect(reopened.getByText(quiz.items[0]!.prompt[locale], { exact: true })).toBeVisible();
      await expect(reopened.getByText(messages.Quiz.onDevice.check)).toBeVisible();
      for (const { locator, choose } of rightInputs(reopened, quiz.items[0]!, locale, messages))
        if (!choose) await expect(locator).toBeChecked();
      await expect(reopened.getByRole('status').filter({ hasText: messages.Quiz.status.offline })).toBeVisible();

      // Back online: each save kept on the device (an answer is its draft, then its check) is stored, and never sent
      // again once stored (the server keeps a save once by its id: server/quiz/*.integration.test.ts). The feedback
      // appears.
      const keptOnDevice = await reopened.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('fuente:pending:'))
          .flatMap((key) =>
            (JSON.parse(localStorage.getItem(key)!) as { saveId: string }[]).map((save) => save.saveId),
          ),
      );
      expect(keptOnDevice.length).toBeGreaterThanOrEqual(3);
      await goOnline(context);
      await reopened.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect(reopened.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible({
        timeout: 30_000,
      });
      await expect(reopened.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      await expect(reopened.getByText(messages.Quiz.onDevice.check)).toHaveCount(0);
      for (const saveId of keptOnDevice) {
        const eventsOf = () => saveEvents.filter((event) => event.saveId === saveId).map((event) => event.event);
        // 'stored' is recorded by an async listener (it awaits the response), which can trail the page's update.
        await expect.poll(eventsOf, { message: `save ${saveId} is stored` }).toContain('stored');
        const events = eventsOf();
        expect(events.slice(events.indexOf('stored') + 1), `save ${saveId} is not sent again`).not.toContain('made');
      }

      // The server has the three, checked: a fresh page (rendered per request) shows each one's feedback.
      for (const index of [0, 1, 2]) {
        await reopened.goto(`${lessonPath(locale)}/quiz/${quiz.id}?q=${index + 1}`);
        await expect(reopened.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      }
      await context.close();
    });

    test('a quiz submitted offline waits on the device and is submitted once the network is back', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const quiz = quizzes.attribution;
      const { context, student } = await studentInNewClass(browser, baseURL!, locale, `Offline submit`, `Sol`);
      await openLessonAndKeepIt(student, locale, messages.OfflineLesson.kept);
      await student.goto(`${lessonPath(locale)}/quiz/${quiz.id}`);
      await answerWithMouse(student, quiz.items[0]!, locale, messages);
      await expect(student.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();

      await goOffline(context);
      await student.getByRole('link', { name: messages.Quiz.next }).click();
      await answerWithMouse(student, quiz.items[1]!, locale, messages);
      await expect(student.getByText(messages.Quiz.onDevice.check)).toBeVisible();
      // On to the review screen, past the questions left unanswered.
      const review = student.getByRole('heading', { level: 2, name: messages.Quiz.submitHeading });
      while (!(await review.isVisible())) await student.getByRole('navigation').getByRole('link').last().click();
      await expect(student.getByText(`(${messages.Quiz.onDevice.short})`)).toHaveCount(1);
      await student.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(student.getByText(messages.Quiz.onDevice.submit)).toBeVisible();
      await expect(student).not.toHaveURL(/results/);

      await goOnline(context);
      await student.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect(student).toHaveURL(/\/results$/, { timeout: 30_000 });
      // The answer given offline reached the server before the submit, and counts: two right answers.
      const scored = messages.QuizResults.score.replace('{earned}', '2').split('{possible}')[0]!;
      await expect(student.getByText(scored, { exact: false })).toBeVisible();
      expect(
        await student.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('fuente:pending:'))),
      ).toEqual([]);
      await context.close();
    });

    test('offline, a teacher page and the join page say so in the page’s language', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await openLessonAndKeepIt(page, locale, messages.OfflineLesson.kept);
      await goOffline(context);
      for (const path of [`/${locale}/teacher`, `/${locale}/join`]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: messages.Offline.title })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('link', { name: messages.Offline.tryAgain })).toBeVisible();
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page);
      }
      await goOnline(context);
      // Never kept: the worker's caches hold no teacher page and no join page.
      const kept = await cachedPaths(page);
      expect(kept).toContain(lessonPath(locale));
      expect(kept.filter((url) => /\/(teacher|join)(\/|$)/.test(url))).toEqual([]);
      await context.close();
    });

    test('the app is installable: a manifest in the page’s language, icons, and a service worker', async ({
      playwright,
    }, testInfo) => {
      // Chrome offers no installing in a private window, which is what a Playwright context is: a profile on disk.
      const { launchOptions, baseURL } = testInfo.project.use;
      const profile = await mkdtemp(path.join(tmpdir(), 'fuente-install-'));
      const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
      const page = await context.newPage();
      await openLessonAndKeepIt(page, locale, messages.OfflineLesson.kept);
      const cdp = await page.context().newCDPSession(page);
      // What Lighthouse's installability audit asked Chrome (Lighthouse 12 dropped its PWA category).
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);
      const manifest = (await (await page.request.get(`/${locale}/manifest.webmanifest`)).json()) as {
        name: string;
        lang: string;
        start_url: string;
        icons: { sizes: string; purpose: string }[];
      };
      expect(manifest).toMatchObject({ name: messages.Offline.appName, lang: locale, start_url: `/${locale}` });
      expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      );
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect(page.locator(`meta[name="theme-color"][media*="${scheme}"]`)).toHaveCount(1);
      }
      await context.close();
      await rm(profile, { recursive: true, force: true });
    });

    test('signing out deletes the learner’s offline copies; offline, signing out is refused and deletes nothing', async ({
      browser,
      baseURL,
    }) => {
      const { context, student } = await studentInNewClass(browser, baseURL!, locale, `Sign-out`, `Sam`);
      await openLessonAndKeepIt(student, locale, messages.OfflineLesson.kept);
      expect(await cachedPaths(student)).toContain(quizStatePath(locale));
      // Offline the sign-out cannot reach the server: it is refused, and nothing kept on the device is deleted.
      await context.setOffline(true);
      await student.getByRole('button', { name: messages.Join.signOut }).click();
      await expect(student.getByRole('alert').filter({ hasText: messages.Join.signOutOffline })).toBeVisible();
      expect(await cachedPaths(student)).toContain(quizStatePath(locale));
      await context.setOffline(false);
      await student.getByRole('button', { name: messages.Join.signOut }).click();
      await expect.poll(() => cachedPaths(student)).not.toContain(quizStatePath(locale));
      expect((await cachedPaths(student)).filter((url) => url.startsWith('/api/'))).toEqual([]);
      await context.close();
    });
  });
}

/** Each state the worker keeps: whose it is (its Fuente-Learner header) and what it says. */
const cachedStates = (page: Page) =>
  page.evaluate(async () => {
    const states: { path: string; learner: string | null; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (!path.endsWith('/state')) continue;
        const response = (await cache.match(request))!;
        states.push({ path, learner: response.headers.get('fuente-learner'), text: await response.text() });
      }
    }
    return states;
  });

/** Whose state the server gives this page's browser now (server/state-endpoint.ts). */
const learnerOfBrowser = (page: Page, locale: string) =>
  page.evaluate(
    async (path) => (await fetch(path, { cache: 'no-store' })).headers.get('fuente-learner'),
    `/api/${locale}/lessons/${LESSON_SLUG}/state`,
  );

test('on a shared computer, nothing of a student outlives their session on the device', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { locale, messages } = LOCALES[0];
  const teacherContext = await browser.newContext();
  const klass = await seedClass(await seedTeacher(teacherContext, baseURL!), 'Shared computer', locale);
  // The room's computer: one browser profile, used by one student after another.
  const computer = await browser.newContext();
  await seedStudent(computer, baseURL!, klass, 'Ana Shared');
  const page = await computer.newPage();
  await openLessonAndKeepIt(page, locale, messages.OfflineLesson.kept);
  const ana = await learnerOfBrowser(page, locale);

  // Ana signs out while the worker is keeping the lesson again: the server has answered its fetch of her quiz state,
  // and the answer reaches the worker only after she signed out.
  const held: { release: () => Promise<void>; learner: string | undefined }[] = [];
  await computer.route('**/quizzes/*/state', async (route) => {
    if (!route.request().serviceWorker()) return route.continue();
    const response = await route.fetch();
    held.push({ release: () => route.fulfill({ response }), learner: response.headers()['fuente-learner'] });
  });
  await page.reload();
  await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: messages.Join.signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/join$`));
  await expect
    .poll(async () => (await cachedStates(page)).filter((state) => state.learner === ana).map((state) => state.path))
    .toEqual([]);
  expect(held.map((fetch) => fetch.learner)).toContain(ana);
  await Promise.all(held.map((fetch) => fetch.release()));
  await computer.unrouteAll({ behavior: 'wait' });
  // What the worker would store, it stores as soon as the answer arrives; give it a moment to do the wrong thing.
  await page.waitForTimeout(1_000);
  const afterSignOut = await cachedStates(page);
  expect(
    afterSignOut.filter((state) => state.learner === ana || state.text.includes(ana!)).map((state) => state.path),
  ).toEqual([]);
  expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('fuente:')))).toEqual([]);

  // Ben uses the computer next and keeps the lesson; offline, the page shows his name from the device.
  await seedStudent(computer, baseURL!, klass, 'Ben Shared');
  await openLessonAndKeepIt(page, locale, messages.OfflineLesson.kept);
  const ben = await learnerOfBrowser(page, locale);
  await goOffline(computer);
  await page.reload();
  await expect(page.getByText('Ben Shared')).toBeVisible();

  // Meanwhile his teacher signs him out on all devices. Once the computer is online again, his name goes, and so do
  // his states: offline again, the page shows a visitor's.
  const teacher = await teacherContext.newPage();
  await teacher.goto(klass.url);
  const benRow = teacher.getByRole('row').filter({ has: teacher.getByRole('rowheader', { name: 'Ben Shared' }) });
  await benRow
    .getByRole('button', { name: messages.ClassPage.signOutEverywhere.replace('{name}', 'Ben Shared') })
    .click();
  await expect(benRow.getByRole('status').filter({ hasText: messages.ClassPage.signedOutEverywhere })).toBeVisible();
  await goOnline(computer);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByText('Ben Shared')).toHaveCount(0);
  await expect(page.getByText(messages.Join.guestNote)).toBeVisible();
  await expect
    .poll(async () => (await cachedStates(page)).filter((state) => state.learner === ben).map((state) => state.path))
    .toEqual([]);
  await goOffline(computer);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: messages.LessonPage.articleHeading })).toBeVisible();
  await expect(page.getByText(messages.Join.guestNote)).toBeVisible();
  await expect(page.getByText('Ben Shared')).toHaveCount(0);
  await goOnline(computer);
  await computer.close();
  await teacherContext.close();
});

test('a new deploy replaces the worker and its caches; the next visit loads only files the server has', async ({
  page,
}) => {
  const { messages } = LOCALES[0];
  await openLessonAndKeepIt(page, 'en', messages.OfflineLesson.kept);
  const version = await workerVersion(page);
  // The deploy before this one: its worker, and a kept reading page naming a build file this server no longer has.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register('/sw.js?v=previous-deploy', { scope: '/' });
    await new Promise<void>((resolve) => {
      const worker = registration.installing ?? registration.waiting ?? registration.active!;
      if (worker.state === 'activated') resolve();
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
    });
    const old = await caches.open('fuente-previous-deploy-learner');
    await old.put(
      `/en/lessons/${'zero-tolerance'}`,
      new Response('<!doctype html><script src="/_next/static/chunks/previous-deploy.js"></script>', {
        headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': "script-src 'self'" },
      }),
    );
  });
  expect(await workerVersion(page)).toBe('previous-deploy');
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(response.url());
  });
  page.on('requestfailed', (request) => missing.push(request.url()));

  // The next online visit: this build's page and files, and this build's worker takes over.
  await page.goto(lessonPath('en'));
  await expect(page.getByRole('heading', { level: 2, name: messages.LessonPage.articleHeading })).toBeVisible();
  await expect.poll(() => workerVersion(page), { timeout: 30_000 }).toBe(version);
  await expect
    .poll(() => page.evaluate(() => caches.keys()))
    .toEqual(expect.not.arrayContaining([expect.stringContaining('previous-deploy')]));
  // The page the old deploy kept was fetched again from this one, and still opens offline.
  const kept = await page.evaluate(async (path) => {
    const response = await caches.match(path);
    return response ? response.text() : '';
  }, lessonPath('en'));
  expect(kept).toContain('<html');
  expect(kept).not.toContain('previous-deploy');
  await goOffline(page.context());
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: messages.LessonPage.articleHeading })).toBeVisible();
  await goOnline(page.context());
  expect(missing.filter((url) => url.includes('/_next/'))).toEqual([]);
});
