import { expect, test, type BrowserContext, type Page } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { answerCheckpoint, partHeadings, sections } from './support/guided';
import { sentences } from './support/lesson-content';
import { LESSON_SLUG, LOCALES, localesFor } from './support/locales';
import { seedAssignment, seedClass, seedStudent, seedTeacher } from './support/seed';

// Acceptance 3 of issue 38: with guided reading, a student sees the article one section at a time; the next section
// appears only once the checkpoint questions after the last one shown are answered. In both languages, and without
// JavaScript (forms that post and redirect).

const HOUR = 60 * 60 * 1000;
const [first, second] = sections as [(typeof sections)[0], (typeof sections)[0]];
const guidedUrl = (locale: string) => `/${locale}/lessons/${LESSON_SLUG}/guided`;
/** Section 2's first paragraph, which must not reach the page before section 1 is answered. */
const SECTION_TWO = 'p3';

/** A student of a new class whose assignment of the lesson is open now, with guided reading, in `context`. */
async function guidedStudent(context: BrowserContext, baseURL: string, locale: 'en' | 'es') {
  const teacher = await seedTeacher(await context.browser()!.newContext(), baseURL);
  const klass = await seedClass(teacher, `Guided ${locale}`, locale);
  await seedStudent(context, baseURL, klass, 'Ana');
  await seedAssignment(klass, {
    opensAt: new Date(Date.now() - HOUR),
    dueAt: new Date(Date.now() + 24 * HOUR),
    closesAt: null,
    pacing: 'guided',
  });
  return teacher;
}

async function expectOnlySectionOne(page: Page, locale: 'en' | 'es') {
  await expect(partHeadings(page)).toHaveCount(1);
  await expect(page.locator('#p2')).toBeVisible();
  // Not hidden but absent: the server sends no paragraph of a section the student has not reached.
  expect(await page.content()).not.toContain(`id="${SECTION_TWO}"`);
  expect(await page.content()).not.toContain(sentences.find((sentence) => sentence.id === 'p3s2')![locale]);
}

for (const { locale, messages } of LOCALES) {
  test(`guided reading (${locale}): the reading page leads to it, and section 2 appears once section 1's checkpoints are answered, without a reload`, async ({
    browser,
    baseURL,
  }) => {
    // Two pages checked with axe, and several round trips, on a 2-core host shared with other servers.
    test.setTimeout(150_000);
    const context = await browser.newContext({ baseURL });
    const teacher = await guidedStudent(context, baseURL!, locale);
    const page = await context.newPage();
    // Rendered per request (no script has run yet): the server sends the student on.
    await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
    await expect(page).toHaveURL(new RegExp(`${guidedUrl(locale)}$`));
    // Once the browser has run the app's scripts, the reading page is its prerendered copy, which goes on by script.
    await expect.poll(async () => (await context.cookies()).some((cookie) => cookie.name === 'fuente_js')).toBe(true);
    await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
    // After the copy's scripts have loaded the student's state: slow on a busy host.
    await expect(page).toHaveURL(new RegExp(`${guidedUrl(locale)}$`), { timeout: 30_000 });
    await expectOnlySectionOne(page, locale);
    await expectNoAxeViolations(page);

    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const [a, b] = first.checkpoints as [string, string];
    await answerCheckpoint(page, a, locale, messages);
    await expect(partHeadings(page)).toHaveCount(1);
    await answerCheckpoint(page, b, locale, messages, false);
    await expect(partHeadings(page)).toHaveCount(2);
    await expect(page.locator(`#${SECTION_TWO}`)).toBeVisible();
    expect(await page.evaluate(() => 'sameDocument' in window), 'no full reload').toBe(true);
    // Section 2's questions, unanswered: section 3 stays away.
    await expect(
      page.locator(`form[id="${second.checkpoints[0]}"]`).getByRole('button', { name: messages.Quiz.check }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
    await teacher.context.close();
  });
}

for (const { locale, messages } of localesFor('guided reading without JavaScript')) {
  test(`guided reading (${locale}) without JavaScript: the checkpoint forms post, and section 2 appears after them`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const teacher = await guidedStudent(context, baseURL!, locale);
    const page = await context.newPage();
    await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
    await expect(page).toHaveURL(new RegExp(`${guidedUrl(locale)}$`));
    await expectOnlySectionOne(page, locale);

    const [a, b] = first.checkpoints as [string, string];
    // A form sent with nothing chosen is refused with a message, and nothing opens.
    await page.locator(`form[id="${a}"]`).getByRole('button', { name: messages.Quiz.check }).click();
    await expect(page.locator(`form[id="${a}"]`).getByRole('alert')).toHaveText(messages.Quiz.errors.invalid);
    await expectOnlySectionOne(page, locale);
    await answerCheckpoint(page, a, locale, messages);
    await expectOnlySectionOne(page, locale);
    await answerCheckpoint(page, b, locale, messages);
    await expect(partHeadings(page)).toHaveCount(2);
    await expect(page.locator(`#${SECTION_TWO}`)).toBeVisible();
    // No axe here: it runs as a script, which this browser does not run; the test above checks the same page.
    await context.close();
    await teacher.context.close();
  });
}
