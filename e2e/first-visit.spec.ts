import type { APIResponse, Response } from '@playwright/test';
import { expect, test } from './support/test';
import { glossary, meta, sentences } from './support/lesson-content';
import { openFold } from './support/lesson-folds';
import { LESSON_SLUG, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedQuizWork, seedStudent, seedTeacher } from './support/seed';

// A first visit gets the reading, quiz and join pages' prerendered copies (lib/prerendered-page.ts): a visitor without a
// learner session has no state of their own, so the copy made once for everyone is exactly their page, with or
// without JavaScript. A learner without JavaScript still gets their page rendered per request. No copy may ever carry
// a learner's data, and only a copy may be kept by a cache (scripts/cache-policy.mjs).

const SHARED_PAGES = ['en', 'es'].flatMap((locale) => [
  `/${locale}/lessons/${LESSON_SLUG}`,
  `/${locale}/lessons/${LESSON_SLUG}?view=bilingual`,
  ...Object.keys(quizzes).map((quizId) => `/${locale}/lessons/${LESSON_SLUG}/quiz/${quizId}`),
]);
/** The join page has a copy for visitors only: a signed-in student's shows their badge, JavaScript or not. */
const JOIN_PAGES = ['/en/join', '/es/join'];

const scriptPolicyOf = (response: APIResponse | Response) =>
  (response.headers()['content-security-policy'] ?? '').split(';').find((part) => part.includes('script-src'))!;

/** The build's copy: scripts allowed by hash (no nonce made for this response), kept by a cache for a while. */
function expectSharedCopy(response: APIResponse | Response, page: string) {
  expect(response.status(), page).toBe(200);
  expect(scriptPolicyOf(response), page).not.toContain("'nonce-");
  const headers = response.headers();
  expect(headers['cache-control'], page).toMatch(/^public, .*s-maxage=\d+/);
  expect(headers.etag, page).toMatch(/^"/);
  expect(headers.vary, page).toMatch(/\bCookie\b/);
}

/** Rendered for this learner alone: a nonce in its policy, kept by no cache. */
function expectRenderedForTheLearner(response: APIResponse | Response, page: string) {
  expect(response.status(), page).toBe(200);
  expect(scriptPolicyOf(response), page).toContain("'nonce-");
  expect(response.headers()['cache-control'], page).toBe('private, no-store');
}

test('a first visit gets every reading and quiz page’s shared copy, which a cache may keep and revalidate', async ({
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL });
  for (const page of [...SHARED_PAGES, ...JOIN_PAGES]) {
    const response = await visitor.get(page);
    expectSharedCopy(response, page);
    const again = await visitor.get(page, { headers: { 'If-None-Match': response.headers().etag! } });
    expect(again.status(), page).toBe(304);
  }
  await visitor.dispose();
});

for (const { locale, messages } of localesFor('first visit without JavaScript')) {
  test(`a visitor without JavaScript reads the whole lesson from the shared copy and answers as forms (${locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const served = await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
    expectSharedCopy(served!, 'reading page');
    // Every sentence of the article (their words are checked on the reading page's own tests).
    await expect(page.locator(`[data-sentence][data-lang="${locale}"]`)).toHaveCount(sentences.length);
    const glossarySection = page.getByRole('region', { name: messages.LessonPage.glossaryHeading });
    for (const entry of glossary) await expect(glossarySection.getByText(entry.definition[locale])).toBeVisible();
    await openFold(page, messages.StoryContext.heading);
    const timeline = page.getByRole('region', { name: messages.StoryContext.heading }).getByRole('listitem');
    await expect(timeline).toHaveCount(meta.background.timeline.length);
    // The copy is built at its own route; its links name the page's address.
    const other = locale === 'en' ? 'es' : 'en';
    await expect(
      page.getByRole('navigation', { name: messages.LanguageSwitcher.label }).getByRole('link'),
    ).toHaveAttribute('href', `/${other}/lessons/${LESSON_SLUG}`);
    // In the copy's <noscript>, which getByText does not search.
    await expect(page.locator('p', { hasText: messages.Join.guestNote })).toBeVisible();

    // The quiz's copy holds no question: without JavaScript it sends the visitor on to the questions as forms.
    const quiz = quizzes.comprehension;
    await page.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}`);
    await expect(page).toHaveURL(/\?forms=1$/);
    await expect(page.getByText(quiz.items[0]!.prompt[locale], { exact: true })).toBeVisible();
    await context.close();
  });
}

test('a learner without JavaScript gets their own pages, and no shared copy ever carries a learner’s name or answer', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext();
  const klass = await seedClass(await seedTeacher(teacherContext, baseURL!), 'First visit class', 'en');
  const learnerContext = await browser.newContext({ javaScriptEnabled: false });
  const learner = await seedStudent(learnerContext, baseURL!, klass, 'Zephyrine Copycheck');
  const writtenIndex = quizzes.comprehension.items.findIndex((item) => item.type === 'written');
  const written = quizzes.comprehension.items[writtenIndex]!;
  const answer = 'Zephyrine wrote this answer about the two agencies.';
  await seedQuizWork(learner, {
    lessonSlug: LESSON_SLUG,
    quizId: 'comprehension',
    locale: 'en',
    answers: [{ itemId: written.id, response: { text: answer, evidence: [], language: 'en' } }],
    submit: false,
  });

  // Rendered per request: their name on the reading page, their saved answer on the quiz page.
  const page = await learnerContext.newPage();
  expectRenderedForTheLearner((await page.goto(`/en/lessons/${LESSON_SLUG}`))!, 'reading page');
  await expect(page.getByText(learner.displayName)).toBeVisible();
  expectRenderedForTheLearner(
    (await page.goto(`/en/lessons/${LESSON_SLUG}/quiz/comprehension?q=${writtenIndex + 1}`))!,
    'quiz page',
  );
  await expect(page.getByRole('textbox').first()).toHaveValue(answer);

  // The same learner once their browser runs JavaScript, and a visitor: the same copy, naming nobody.
  const cookies = (await learnerContext.cookies()).map(({ name, value }) => `${name}=${value}`);
  const withScripts = { Cookie: [...cookies, 'fuente_js=1'].join('; ') };
  const api = await playwright.request.newContext({ baseURL });
  for (const shared of SHARED_PAGES) {
    const theirs = await api.get(shared, { headers: withScripts });
    const anyone = await api.get(shared);
    expectSharedCopy(theirs, shared);
    expect(theirs.headers().etag, shared).toBe(anyone.headers().etag);
    const html = await theirs.text();
    for (const secret of [learner.displayName, answer, learner.resumeCode])
      expect(html.includes(secret), `${shared} carries ${secret}`).toBe(false);
  }
  for (const joinPage of JOIN_PAGES) {
    const theirs = await api.get(joinPage, { headers: withScripts });
    expectRenderedForTheLearner(theirs, joinPage);
    expect(await theirs.text(), joinPage).toContain(learner.displayName);
    const anyone = await api.get(joinPage);
    expectSharedCopy(anyone, joinPage);
    expect(await anyone.text(), joinPage).not.toContain(learner.displayName);
  }
  await Promise.all([teacherContext.close(), learnerContext.close(), api.dispose()]);
});
