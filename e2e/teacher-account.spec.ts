import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { localesFor } from './support/locales';
import { seedClass, seedTeacher } from './support/seed';
import { TEACHER_PASSWORD } from './support/teacher';

for (const { locale, messages } of localesFor('teacher account')) {
  // English with the keyboard, Spanish without JavaScript: the account forms must work both ways.
  const javaScriptEnabled = locale === 'en';

  test.describe(`teacher account (${locale})`, () => {
    test('deleting the account takes the password and the confirmation, then nothing of it is left', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ javaScriptEnabled });
      const teacher = await seedTeacher(context, baseURL!);
      const { email } = teacher;
      const klass = await seedClass(teacher, `Doomed ${locale}`, locale);
      const page = await context.newPage();
      await page.goto(`/${locale}/teacher/account`);
      const section = page.getByRole('region', { name: messages.Account.deleteTitle });
      const password = section.getByLabel(messages.Account.current);
      const confirm = section.getByRole('checkbox', { name: messages.Account.deleteConfirm });
      const submit = section.getByRole('button', { name: messages.Account.delete });

      await password.fill('not my password at all');
      await confirm.check();
      await submit.click();
      await expect(password).toHaveAccessibleDescription(messages.Account.wrongPassword, { timeout: 30_000 });

      await password.fill(TEACHER_PASSWORD);
      if (await confirm.isChecked()) await confirm.uncheck();
      await submit.click();
      await expect(section.getByRole('checkbox', { name: messages.Account.deleteConfirm })).toHaveAccessibleDescription(
        messages.Account.confirmMissing,
        {
          timeout: 30_000,
        },
      );
      // axe runs in the page, so only where JavaScript is on.
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.goto(klass.url);
      await expect(page.getByRole('heading', { level: 1, name: `Doomed ${locale}` })).toBeVisible();

      await page.goto(`/${locale}/teacher/account`);
      await password.fill(TEACHER_PASSWORD);
      if (javaScriptEnabled) {
        await confirm.focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        await expect(submit).toBeFocused();
        await page.keyboard.press('Enter');
      } else {
        await confirm.check();
        await submit.click();
      }
      await expect(page.getByRole('status').filter({ hasText: messages.Account.deleted })).toBeVisible({
        timeout: 30_000,
      });
      await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/signin\\?notice=account-deleted$`));
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await page.goto(klass.url);
      await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/signin$`));
      await page.getByLabel(messages.TeacherAuth.email).fill(email);
      await page.getByLabel(messages.TeacherAuth.password).fill(TEACHER_PASSWORD);
      await page.getByRole('button', { name: messages.TeacherAuth.signIn }).click();
      await expect(page.getByText(messages.TeacherAuth.errors.invalid)).toBeVisible({ timeout: 30_000 });
      await context.close();
    });

    test('signing out everywhere ends the session on every device', async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ javaScriptEnabled });
      const { email } = await seedTeacher(context, baseURL!);
      // The other device signs in with the form: a session of its own.
      const other = await (await browser.newContext()).newPage();
      await other.goto(`/${locale}/teacher/signin`);
      await other.getByLabel(messages.TeacherAuth.email).fill(email);
      await other.getByLabel(messages.TeacherAuth.password).fill(TEACHER_PASSWORD);
      await other.getByRole('button', { name: messages.TeacherAuth.signIn }).click();
      await expect(other.getByRole('heading', { level: 1, name: messages.TeacherHome.title })).toBeVisible({
        timeout: 30_000,
      });

      const page = await context.newPage();
      await page.goto(`/${locale}/teacher/account`);
      await page
        .getByRole('region', { name: messages.Account.signOutEverywhereTitle })
        .getByRole('button', { name: messages.Account.signOutEverywhere })
        .click();
      await expect(page.getByRole('status').filter({ hasText: messages.Account.signedOutEverywhere })).toBeVisible();
      await page.goto(`/${locale}/teacher`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/signin$`));
      await other.goto(`/${locale}/teacher`);
      await expect(other).toHaveURL(new RegExp(`/${locale}/teacher/signin$`));
      await Promise.all([context.close(), other.context().close()]);
    });
  });
}
