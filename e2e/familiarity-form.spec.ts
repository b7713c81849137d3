import { expect, test, type Page } from './support/test';
import { LESSON_SLUG, localesFor } from './support/locales';
import { openFold } from './support/lesson-folds';

const legendOf = (page: Page, legend: string) => page.getByRole('group', { name: legend });
/** The familiarity form's own status line (the page has other status lines). */
const statusOf = (page: Page, region: string) => page.getByRole('region', { name: region }).getByRole('status');

for (const { locale, messages } of localesFor('familiarity form')) {
  const t = messages.Familiarity;

  test.describe(`familiarity form (${locale})`, () => {
    test('saves the answer with a Server Action and shows it again after a reload', async ({ page, context }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(page, messages.LessonPage.beforeYouRead);
      const group = legendOf(page, t.legend);
      await group.getByRole('radio', { name: t.levels.some }).check();
      await page.getByRole('button', { name: t.save }).click();
      await expect(statusOf(page, messages.LessonPage.beforeYouRead)).toHaveText(t.saved);

      const session = (await context.cookies()).find((cookie) => cookie.name === '__Host-fuente_session');
      expect(session?.httpOnly).toBe(true);
      expect(session?.sameSite).toBe('Lax');
      expect(session?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

      await page.reload();
      await openFold(page, messages.LessonPage.beforeYouRead);
      await expect(group.getByRole('radio', { name: t.levels.some })).toBeChecked();
      await expect(statusOf(page, messages.LessonPage.beforeYouRead)).toHaveText(t.savedBefore);

      await group.getByRole('radio', { name: t.levels.lots }).check();
      await page.getByRole('button', { name: t.save }).click();
      await expect(statusOf(page, messages.LessonPage.beforeYouRead)).toHaveText(t.saved);
      await page.reload();
      await openFold(page, messages.LessonPage.beforeYouRead);
      await expect(group.getByRole('radio', { name: t.levels.lots })).toBeChecked();
    });

    test('refuses an empty answer with a translated field error and saves nothing', async ({ page, context }) => {
      // Opening the fold may scroll the page, and reading progress then makes a guest learner: not this form's doing.
      await page.route(/\/api\/[a-z]+\/reading-progress$/, (route) => route.abort());
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(page, messages.LessonPage.beforeYouRead);
      await page.getByRole('button', { name: t.save }).click();
      const group = legendOf(page, t.legend);
      await expect(page.getByText(t.errorLevel)).toBeVisible();
      await expect(group).toHaveAccessibleDescription(t.errorLevel);
      await expect(statusOf(page, messages.LessonPage.beforeYouRead)).toHaveText(t.errorSummary);
      // Nothing was written: no learner was created for this visitor, and a reload shows no answer.
      expect((await context.cookies()).some((cookie) => cookie.name === '__Host-fuente_session')).toBe(false);
      await page.reload();
      await openFold(page, messages.LessonPage.beforeYouRead);
      for (const level of Object.values(t.levels))
        await expect(group.getByRole('radio', { name: level })).not.toBeChecked();
    });

    test('refuses a forged answer value with the same error', async ({ page, context }) => {
      await page.route(/\/api\/[a-z]+\/reading-progress$/, (route) => route.abort());
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(page, messages.LessonPage.beforeYouRead);
      const group = legendOf(page, t.legend);
      await group.getByRole('radio', { name: t.levels.new }).check();
      await page.locator('input[name="level"]:checked').evaluate((input: HTMLInputElement) => (input.value = 'expert'));
      await page.getByRole('button', { name: t.save }).click();
      await expect(page.getByText(t.errorLevel)).toBeVisible();
      expect((await context.cookies()).some((cookie) => cookie.name === '__Host-fuente_session')).toBe(false);
    });

    test('works with the keyboard alone', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(page, messages.LessonPage.beforeYouRead);
      const first = legendOf(page, t.legend).getByRole('radio', { name: t.levels.new });
      await first.focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await expect(legendOf(page, t.legend).getByRole('radio', { name: t.levels.heard })).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t.save })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(statusOf(page, messages.LessonPage.beforeYouRead)).toHaveText(t.saved);
    });
  });
}

for (const { locale, messages } of localesFor('familiarity form without JavaScript')) {
  const t = messages.Familiarity;

  test.describe(`familiarity form without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    test('posts, saves and shows the saved answer', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(page, messages.LessonPage.beforeYouRead);
      const group = legendOf(page, t.legend);
      await group.getByRole('radio', { name: t.levels.heard }).check();
      await page.getByRole('button', { name: t.save }).click();
      await expect(statusOf(page, messages.LessonPage.beforeYouRead)).toHaveText(t.saved);
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(page, messages.LessonPage.beforeYouRead);
      await expect(group.getByRole('radio', { name: t.levels.heard })).toBeChecked();
    });

    test('shows the field error when nothing is chosen', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(page, messages.LessonPage.beforeYouRead);
      await page.getByRole('button', { name: t.save }).click();
      await expect(page.getByText(t.errorLevel)).toBeVisible();
    });
  });
}
