import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { LOCALES, localesFor } from './support/locales';
import { expireCodeGrace, seedClass, seedStudent, seedTeacher } from './support/seed';
import { joinClass } from './support/teacher';

// The class page in the room: the projector's page, a new code with its grace period, and the page on a phone.

let computer = 0;
/** A student's own computer, so that joins in parallel tests do not share one address's throttle. */
async function studentComputer(context: BrowserContext) {
  computer += 1;
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `198.19.${process.pid % 256}.${(computer % 250) + 1}` });
}

for (const { locale, messages } of localesFor('show to class')) {
  const t = messages.ShowToClass;
  test.describe(`show to class (${locale})`, () => {
    test('the projector page: full address, code, a QR code that fills in the join form, no students, axe', async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1024, height: 768 });
      const teacher = await seedTeacher(context, baseURL!);
      const klass = await seedClass(teacher, `Room 12 ${locale}`, locale);
      const students = await browser.newContext();
      await seedStudent(students, baseURL!, klass, 'Zenobia Quillfeather');
      await students.close();

      await page.goto(klass.url);
      await expect(page.getByText('Zenobia Quillfeather').first()).toBeVisible();
      const show = page.getByRole('link', { name: messages.ClassPage.showToClass });
      const showPath = `/${locale}/teacher/classes/${klass.classId}/show`;
      await expect(show).toHaveAttribute('href', showPath);
      // A page load of its own, as on the projector's browser: nothing of the class page is left in the document.
      await page.goto(showPath);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title.replace('{className}', klass.name));
      const address = `${baseURL}/join`;
      await expect(page.getByText(address, { exact: true })).toBeVisible();
      await expect(page.getByText(klass.joinCode, { exact: true })).toBeVisible();
      // The steps in both languages, each marked with its language.
      for (const other of LOCALES)
        await expect(
          page.locator(`[lang="${other.locale}"]`).getByText(other.messages.ShowToClass.stepCode),
        ).toBeVisible();
      // Nothing about the students: not in what the server sends, not on the screen.
      const served = await context.request.get(showPath);
      expect(served.status()).toBe(200);
      expect(await served.text()).not.toContain('Zenobia');
      await expect(page.getByText(/Zenobia/)).toHaveCount(0);

      // The QR code, read from what the screen shows.
      const qr = page.getByRole('img', { name: t.qrLabel.replace('{code}', klass.joinCode) });
      const png = PNG.sync.read(await qr.screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data).toBe(`${address}?code=${klass.joinCode}`);
      const inviteField = page.getByLabel(messages.ClassPage.inviteLink);
      await expect(inviteField).toHaveValue(decoded!.data);
      await expect(inviteField).toHaveAttribute('readonly', '');
      await expect(page.getByRole('link', { name: t.classroom })).toHaveAttribute(
        'href',
        `https://classroom.google.com/share?url=${encodeURIComponent(decoded!.data)}`,
      );

      // Scanned on a phone without JavaScript: the join form, in the phone's language, with the code in it.
      const phone = await browser.newContext({ javaScriptEnabled: false, locale: 'es-MX' });
      const scanned = await phone.newPage();
      await scanned.goto(decoded!.data);
      await expect(scanned).toHaveURL(new RegExp(`/es/join\\?code=${klass.joinCode}$`));
      await expect(scanned.getByLabel(LOCALES[1].messages.Join.code)).toHaveValue(klass.joinCode);
      await phone.close();

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page);
      }
    });

    test('a new code asks first; the old code still joins during its grace period, and not after it', async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const teacher = await seedTeacher(context, baseURL!);
      const klass = await seedClass(teacher, `Room 14 ${locale}`, locale);
      await page.goto(klass.url);
      const chip = page.getByRole('region', { name: messages.ClassPage.joinCodeTitle });
      await expect(chip.locator('p').first()).toHaveText(klass.joinCode);

      // The first button only opens the confirmation.
      const section = page.getByRole('region', { name: messages.ClassPage.newCodeTitle });
      const confirm = section.getByRole('button', { name: messages.ClassPage.regenerateConfirm });
      await expect(confirm).toBeHidden();
      await section.getByText(messages.ClassPage.regenerate, { exact: true }).click();
      await expect(chip.locator('p').first()).toHaveText(klass.joinCode);
      await confirm.click();
      await expect(chip.locator('p').first()).not.toHaveText(klass.joinCode);
      const fresh = (await chip.locator('p').first().innerText()).trim();
      const [before, after] = messages.ClassPage.previousCodeNote.split(' <time>');
      await expect(chip.getByText(before!.replace('{code}', klass.joinCode))).toBeVisible();
      expect(after).toBeDefined();

      const students = await browser.newContext();
      await studentComputer(students);
      await joinClass(await students.newPage(), locale, messages, klass.joinCode, 'Early');
      await joinClass(await students.newPage(), locale, messages, fresh, 'Fresh');

      await expireCodeGrace(klass);
      const late = await students.newPage();
      await late.goto(`/${locale}/join`);
      await late.getByLabel(messages.Join.code).fill(klass.joinCode);
      await late.getByLabel(messages.Join.name).fill('Late');
      await late.getByRole('button', { name: messages.Join.submit }).click();
      await expect(late.getByText(messages.Join.unknownCode).first()).toBeVisible();
      await students.close();

      await page.reload();
      await expect(chip.getByText(before!.replace('{code}', klass.joinCode))).toHaveCount(0);
      const roster = page.getByRole('region', { name: messages.ClassPage.rosterTitle });
      await expect(roster.getByRole('rowheader')).toHaveText(['Early', 'Fresh']);
    });
  });
}

// Not wider than a phone in either language (both in test:full): longer Spanish labels are what overflow first.
for (const { locale, messages } of localesFor('the class page fits a 360 px phone')) {
  test(`the class page fits a 360 px phone (${locale})`, async ({ page, context, browser, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const teacher = await seedTeacher(context, baseURL!);
    const klass = await seedClass(teacher, `Periodo de la tarde con un nombre largo ${locale}`, locale);
    const students = await browser.newContext();
    for (const name of ['Maximiliano Hernández-Villalobos', 'Ana', 'Wolfeschlegelsteinhausenbergerdorff'])
      await seedStudent(students, baseURL!, klass, name);
    await students.close();
    await page.goto(klass.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(klass.name);
    await expect(page.getByText(messages.TeacherDashboard.scrollHint)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Each student's buttons can be reached whole: the roster scrolls in its own box.
    const remove = page.getByRole('button', {
      name: messages.ClassPage.removeStudent.replace('{name}', 'Ana'),
    });
    await remove.scrollIntoViewIfNeeded();
    const box = (await remove.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });
}
