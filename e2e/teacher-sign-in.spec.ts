import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { localesFor } from './support/locales';
import { seedPasswordResetLink, seedTeacher } from './support/seed';
import { submitSignUp, TEACHER_PASSWORD, uniqueEmail } from './support/teacher';

// From sign-up to sign-in, and "Forgot password?" on the test server, which sends no mail (FUENTE_SMTP_URL unset):
// server/teacher/password-reset.integration.test.ts covers the mail and its link against a real SMTP server.

/** Axe in the light and in the dark colour scheme; then back to light. */
async function expectAxeCleanInBothSchemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Nothing sticks out of a 360 px wide phone screen. */
async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

for (const { locale, messages } of localesFor('teacher sign-in: from sign-up, and forgot password')) {
  test.describe(`teacher sign-in (${locale})`, () => {
    test('sign-up leads to sign-in with the email filled in and a sentence saying what is left', async ({ page }) => {
      test.setTimeout(120_000);
      // A computer of its own: sign-ups are limited per address.
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${(process.pid % 250) + 1}` });
      const email = uniqueEmail();
      await submitSignUp(page, locale, messages, email);
      await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/signin\\?notice=signed-up$`));
      await expect(page.getByLabel(messages.TeacherAuth.email)).toHaveValue(email);
      await expect(page.getByLabel(messages.TeacherAuth.password)).toHaveValue('');
      await expectAxeCleanInBothSchemes(page);

      await page.getByLabel(messages.TeacherAuth.password).fill(TEACHER_PASSWORD);
      await page.getByRole('button', { name: messages.TeacherAuth.signIn }).click();
      await expect(page.getByRole('heading', { level: 1, name: messages.TeacherHome.title })).toBeVisible({
        timeout: 30_000,
      });
    });

    test('without mail, "Forgot password?" says to ask the administrator; a dead link says so', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${locale}/teacher/signin`);
      // With the keyboard alone: the link is reachable and opens the page.
      await page.getByRole('link', { name: messages.TeacherAuth.forgotPassword }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: messages.PasswordReset.title })).toBeVisible();
      await expect(page.getByText(messages.PasswordReset.askAdmin)).toBeVisible();
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await expect(page.getByRole('link', { name: messages.PasswordReset.backToSignIn })).toBeVisible();
      await expectAxeCleanInBothSchemes(page);
      await expectFitsPhone(page);

      await page.goto(`/${locale}/teacher/reset-password?token=${'x'.repeat(43)}`);
      await expect(page.getByRole('heading', { level: 1, name: messages.PasswordReset.newTitle })).toBeVisible();
      await expect(page.getByText(messages.PasswordReset.invalidLink)).toBeVisible();
      await expect(page.getByLabel(messages.PasswordReset.newPassword)).toHaveCount(0);
      await expectAxeCleanInBothSchemes(page);
      await expectFitsPhone(page);
      await page.getByRole('link', { name: messages.PasswordReset.requestAgain }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/forgot-password$`));
    });

    // English with JavaScript, Spanish without: the form must work both ways (axe needs the page's scripts).
    const javaScriptEnabled = locale === 'en';
    test('a mailed link sets a new password once; every session ends; sign-in has the email filled in', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ javaScriptEnabled });
      const teacher = await seedTeacher(context, baseURL!);
      const otherDevice = await browser.newContext({ baseURL });
      await otherDevice.addCookies(await context.cookies());
      const token = await seedPasswordResetLink(teacher);
      const page = await context.newPage();
      await page.goto(`/${locale}/teacher/reset-password?token=${token}`);
      await expect(page.getByRole('heading', { level: 1, name: messages.PasswordReset.newTitle })).toBeVisible();
      if (javaScriptEnabled) await expectAxeCleanInBothSchemes(page);

      const save = page.getByRole('button', { name: messages.PasswordReset.save });
      await page.getByLabel(messages.PasswordReset.newPassword).fill('password123');
      await save.click();
      await expect(page.getByText(messages.TeacherAuth.errors.commonPassword)).toBeVisible({ timeout: 30_000 });
      if (javaScriptEnabled) await expectAxeCleanInBothSchemes(page);

      await page.getByLabel(messages.PasswordReset.newPassword).fill('a brand new passphrase for Fuente');
      await save.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/signin\\?notice=password-reset$`), {
        timeout: 30_000,
      });
      await expect(page.getByRole('status').filter({ hasText: messages.PasswordReset.done })).toBeVisible();
      await expect(page.getByLabel(messages.TeacherAuth.email)).toHaveValue(teacher.email);
      if (javaScriptEnabled) await expectAxeCleanInBothSchemes(page);

      // The session from before the reset has ended on the other device too.
      const other = await otherDevice.newPage();
      await other.goto(`/${locale}/teacher`);
      await expect(other).toHaveURL(new RegExp(`/${locale}/teacher/signin$`));

      await page.getByLabel(messages.TeacherAuth.password).fill('a brand new passphrase for Fuente');
      await page.getByRole('button', { name: messages.TeacherAuth.signIn }).click();
      await expect(page.getByRole('heading', { level: 1, name: messages.TeacherHome.title })).toBeVisible({
        timeout: 30_000,
      });

      await page.goto(`/${locale}/teacher/reset-password?token=${token}`);
      await expect(page.getByText(messages.PasswordReset.invalidLink)).toBeVisible();
      await Promise.all([context.close(), otherDevice.close()]);
    });
  });
}
