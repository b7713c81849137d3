import { expect, test, type Page } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { localesFor, type LocaleCase, resumedAddress } from './support/locales';
import { seedClass, seedStudent, seedTeacher } from './support/seed';

// A teacher can take back a student's way in: sign them out on every device (a lost phone), or give them a new
// personal code (a code that others have seen). The Spanish run clicks the teacher's buttons without JavaScript.

type Messages = LocaleCase['messages'];

async function resume(page: Page, locale: string, messages: Messages, joinCode: string, resumeCode: string) {
  await page.goto(`/${locale}/join/resume`);
  await page.getByLabel(messages.Resume.code).fill(joinCode);
  await page.getByLabel(messages.Resume.resumeCode).fill(resumeCode);
  await page.getByRole('button', { name: messages.Resume.submit }).click();
}

/** Whether this browser is signed in as a student, as the join page says. */
async function expectSignedIn(page: Page, locale: string, messages: Messages, signedIn: boolean) {
  await page.goto(`/${locale}/join`);
  const badge = page.getByText(messages.Join.signedInAs.split('{')[0]!);
  if (signedIn) await expect(badge.first()).toBeVisible();
  else await expect(badge).toHaveCount(0);
}

for (const { locale, messages } of localesFor("a student's sessions and personal code")) {
  const javaScriptEnabled = locale === 'en';

  test.describe(`a student's sessions and personal code (${locale})`, () => {
    test('the teacher signs a student out everywhere, then issues a new code that replaces the old one', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const teacherContext = await browser.newContext({ javaScriptEnabled });
      const klass = await seedClass(await seedTeacher(teacherContext, baseURL!), `Sessions ${locale}`, locale);
      const teacher = await teacherContext.newPage();

      const anaContext = await browser.newContext();
      const { resumeCode: oldCode } = await seedStudent(anaContext, baseURL!, klass, 'Ana');
      const ana = await anaContext.newPage();
      const phone = await (await browser.newContext()).newPage();
      await resume(phone, locale, messages, klass.joinCode, oldCode);
      await expect(phone).toHaveURL(resumedAddress(locale), { timeout: 15_000 });
      const benContext = await browser.newContext();
      await seedStudent(benContext, baseURL!, klass, 'Ben');
      const ben = await benContext.newPage();

      await teacher.goto(klass.url);
      const roster = teacher.getByRole('region', { name: messages.ClassPage.rosterTitle });
      const anaRow = roster
        .getByRole('row')
        .filter({ has: teacher.getByRole('rowheader', { name: 'Ana', exact: true }) });

      // Signed out on both devices, Ben untouched; the personal code still works.
      await anaRow.getByRole('button', { name: messages.ClassPage.signOutEverywhere.replace('{name}', 'Ana') }).click();
      await expect(
        anaRow.getByRole('status').filter({ hasText: messages.ClassPage.signedOutEverywhere }),
      ).toBeVisible();
      await expectSignedIn(ana, locale, messages, false);
      await expectSignedIn(phone, locale, messages, false);
      await expectSignedIn(ben, locale, messages, true);
      await resume(phone, locale, messages, klass.joinCode, oldCode);
      await expect(phone).toHaveURL(resumedAddress(locale), { timeout: 15_000 });

      // A new code, shown once: the phone is signed out again and the old code is refused.
      await teacher.goto(klass.url);
      await anaRow.getByRole('button', { name: messages.ClassPage.newResumeCode.replace('{name}', 'Ana') }).click();
      const issued = anaRow.getByRole('status').filter({ hasText: messages.ClassPage.newCodeIssued });
      await expect(issued).toBeVisible();
      const newCode = (await issued.locator('code').innerText()).trim();
      expect(newCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
      expect(newCode).not.toBe(oldCode);
      // Axe runs its script in the page; the markup is the same without JavaScript.
      if (javaScriptEnabled) await expectNoAxeViolations(teacher);
      await expectSignedIn(phone, locale, messages, false);
      await expectSignedIn(ben, locale, messages, true);
      await resume(ana, locale, messages, klass.joinCode, oldCode);
      await expect(ana.getByRole('status').filter({ hasText: messages.Resume.invalid })).toBeVisible();

      // Ana continues with the new code.
      await resume(ana, locale, messages, klass.joinCode, newCode);
      await expect(ana).toHaveURL(resumedAddress(locale), { timeout: 15_000 });
      await ana.goto(`/${locale}/join`);
      await expect(
        ana.getByText(messages.Join.signedInAs.replace('{name}', 'Ana').replace('{className}', `Sessions ${locale}`)),
      ).toBeVisible();

      // The page does not show the code again.
      await teacher.goto(klass.url);
      await expect(roster.getByText(newCode)).toHaveCount(0);
    });
  });
}
