import { expectNoAxeViolations } from './support/axe';
import { LOCALES } from './support/locales';
import { expect, test } from './support/test';

// app/[locale]/test-only/error/ fails on purpose: while rendering when the crash cookie is set, and in its form's
// action. Both languages every run: the error page is rare and cheap to check.
for (const { locale, messages } of LOCALES) {
  test.describe(`the error page (${locale})`, () => {
    const address = `/${locale}/test-only/error`;

    test('a page that fails shows what happened in the page’s language; "Try again" brings it back', async ({
      page,
      baseURL,
    }) => {
      await page.context().addCookies([{ name: 'fuente_test_crash', value: '1', url: baseURL! }]);
      await page.goto(address);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: messages.ErrorPage.title })).toBeFocused();
      await expect(page.getByText(messages.ErrorPage.body)).toBeVisible();
      await expectNoAxeViolations(page);
      // Whatever failed has passed: trying again shows the page.
      await page.context().clearCookies({ name: 'fuente_test_crash' });
      await page.getByRole('button', { name: messages.ErrorPage.retry }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Crash test' })).toBeVisible();
    });

    test('without JavaScript, a form whose action fails ends on the translated error page, and home works', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noScript = await context.newPage();
      await noScript.goto(address);
      await noScript.getByRole('button', { name: 'Crash' }).click();
      await expect(noScript).toHaveURL(new RegExp(`/${locale}/problem$`));
      await expect(noScript.locator('html')).toHaveAttribute('lang', locale);
      await expect(noScript.getByRole('heading', { level: 1, name: messages.ErrorPage.title })).toBeVisible();
      await expect(noScript.getByText(messages.ErrorPage.body)).toBeVisible();
      await noScript.getByRole('link', { name: messages.ErrorPage.home }).click();
      await expect(noScript).toHaveURL(new RegExp(`/${locale}$`));
      await context.close();
    });

    test('the page a failed form lands on passes axe', async ({ page }) => {
      // axe runs in the page's JavaScript, so it judges the same page with JavaScript on.
      await page.goto(`/${locale}/problem`);
      await expect(page.getByRole('heading', { level: 1, name: messages.ErrorPage.title })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
