import { expect, test, type Browser, type Page } from './support/test';
import { answerWithMouse } from './support/answer-quiz';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, localesFor, resumedAddress, type LocaleCase } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedStudent, seedTeacher, type SeededClass } from './support/seed';
import { JS_COOKIE } from '../lib/prerendered-page';

// Students who come back as themselves: "Is this you?" instead of a second Ana, the personal code shown again on
// "My code", a refused join that keeps what was typed, the welcome after joining and after resuming, and the teacher's
// roster tools (a pasted roster with its printable code cards, and merging two rows of one student).

type Messages = LocaleCase['messages'];
const PHONE = { width: 360, height: 740 };

/** Axe in the light and the dark theme. */
async function expectAccessible(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function teacherWithClass(browser: Browser, baseURL: string, name: string, locale: 'en' | 'es') {
  const context = await browser.newContext();
  const klass = await seedClass(await seedTeacher(context, baseURL), name, locale);
  return { teacher: await context.newPage(), klass };
}

async function fillJoin(page: Page, messages: Messages, code: string, name: string) {
  await page.getByLabel(messages.Join.code).fill(code);
  await page.getByLabel(messages.Join.name).fill(name);
  await page.getByRole('button', { name: messages.Join.submit }).click();
}

/** The label of the comprehension quiz's link on the lesson, as the server sent it (before any script ran). */
async function servedQuizLabel(page: Page): Promise<string | null> {
  const html = await (await page.context().request.get(page.url(), { headers: { Accept: 'text/html' } })).text();
  const link = html.match(/<a [^>]*>/g)?.find((tag) => /href="[^"]*\/quiz\/comprehension"/.test(tag));
  return link ? (/aria-label="([^"]*)"/.exec(link)?.[1] ?? null) : null;
}

/** The roster's row headers and attempt counts, as the teacher's class page shows them. */
async function rosterRows(teacher: Page, klass: SeededClass, messages: Messages) {
  await teacher.goto(klass.url);
  const rows = teacher.getByRole('region', { name: messages.ClassPage.rosterTitle }).locator('tbody tr');
  // Name, then the attempts column (after "Joined").
  return rows.evaluateAll((elements) =>
    elements.map((row) => [
      row.querySelector('th')!.textContent!.trim(),
      row.querySelectorAll('td')[1]!.textContent!.trim(),
    ]),
  );
}

for (const { locale, messages } of localesFor('students who come back as themselves')) {
  test.describe(`students who come back as themselves (${locale})`, () => {
    test('joining twice with one name asks for the personal code and returns to the same row and attempts', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const { teacher, klass } = await teacherWithClass(browser, baseURL!, `Returning ${locale}`, locale);

      // First device, a phone: the welcome, its title and one large button above the fold, then the personal code.
      const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
      await phone.goto(`/${locale}/join`);
      // With JavaScript running, the join goes as JSON and the welcome replaces the form in place, with its address,
      // its title and the focus on its heading.
      await expect
        .poll(async () => (await phone.context().cookies()).some(({ name }) => name === JS_COOKIE))
        .toBe(true);
      const joined = phone.waitForResponse((response) => response.url().endsWith(`/api/${locale}/join`));
      await fillJoin(phone, messages, klass.joinCode, 'Ana');
      expect((await joined).status()).toBe(200);
      const welcome = messages.Join.welcomeTitle.replace('{name}', 'Ana');
      await expect(phone.getByRole('heading', { level: 1, name: welcome })).toBeFocused();
      await expect(phone).toHaveURL(new RegExp(`/${locale}/join/welcome$`));
      await expect(phone).toHaveTitle(new RegExp(`^${welcome.replace(/[!¡?]/g, '.')}`));
      const start = phone.getByRole('link', { name: messages.Join.startReading });
      await expect(start).toHaveCount(1);
      const box = (await start.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      expect(box.height).toBeGreaterThanOrEqual(48);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const resumeCode = (
        await phone.getByRole('region', { name: messages.Join.resumeCodeTitle }).locator('p').first().innerText()
      ).trim();
      expect(resumeCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
      await expectAccessible(phone);

      // Ana starts the comprehension quiz: one attempt with one answer.
      await start.click();
      await expect(phone).toHaveURL(new RegExp(`/lessons/${LESSON_SLUG}$`));
      await phone.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/comprehension`);
      await answerWithMouse(phone, quizzes.comprehension.items[0]!, locale, messages);
      await expect(phone.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();

      // "My code", from the badge on the join page, shows the same code again.
      await phone.goto(`/${locale}/join`);
      await phone.getByRole('link', { name: messages.Join.myCodeLink }).click();
      await expect(phone.getByRole('heading', { level: 1, name: messages.StudentCode.title })).toBeVisible();
      await expect(
        phone.getByRole('region', { name: messages.StudentCode.personalCode }).getByText(resumeCode),
      ).toBeVisible();
      await expectAccessible(phone);

      // A second device, the same name in another case: "Is this you?" instead of a second row.
      const laptop = await (await browser.newContext()).newPage();
      await laptop.goto(`/${locale}/join`);
      await fillJoin(laptop, messages, klass.joinCode.toLowerCase(), 'ana');
      const question = laptop.getByRole('heading', { name: messages.Join.sameNameTitle });
      await expect(question).toBeVisible();
      await expect(question).toBeFocused();
      await expectAccessible(laptop);
      // A wrong code is refused on its field and stays there to be corrected.
      const wrong = resumeCode.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
      const codeField = laptop.getByLabel(messages.Join.personalCode);
      await codeField.fill(wrong);
      await laptop.getByRole('button', { name: messages.Join.itsMeSubmit.replace('{name}', 'ana') }).click();
      await expect(codeField).toHaveAttribute('aria-invalid', 'true');
      await expect(codeField).toHaveValue(wrong);
      await expect(codeField).toHaveAccessibleDescription(new RegExp(messages.Join.personalCodeWrong.slice(0, 20)));
      await codeField.fill(resumeCode);
      await laptop.getByRole('button', { name: messages.Join.itsMeSubmit.replace('{name}', 'ana') }).click();

      // The lesson, with a welcome back and the quiz already in progress in the page the server sent.
      await expect(laptop).toHaveURL(resumedAddress(locale));
      await expect(laptop.getByText(messages.Resume.welcomeBack.replace('{name}', 'Ana'))).toBeVisible();
      expect(await servedQuizLabel(laptop)).toBe(
        `${messages.QuizCallout.continue}: ${quizzes.comprehension.title[locale]}`,
      );

      // One row, with its one attempt.
      expect(await rosterRows(teacher, klass, messages)).toEqual([['Ana', '1']]);
    });

    test('resuming on another device lands on the lesson with a welcome back and nothing "not started"', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const { klass } = await teacherWithClass(browser, baseURL!, `Resume ${locale}`, locale);
      const carlaContext = await browser.newContext();
      const { resumeCode } = await seedStudent(carlaContext, baseURL!, klass, 'Carla');
      const carla = await carlaContext.newPage();
      await carla.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/comprehension`);
      await answerWithMouse(carla, quizzes.comprehension.items[0]!, locale, messages);
      await expect(carla.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();

      // The other device has run the app's scripts before (the cookie that gets prerendered pages is set).
      const tablet = await (await browser.newContext()).newPage();
      await tablet.goto(`/${locale}/join/resume`);
      await expect
        .poll(async () => (await tablet.context().cookies()).some((cookie) => cookie.name === 'fuente_js'))
        .toBe(true);
      await tablet.getByLabel(messages.Resume.code).fill(klass.joinCode);
      await tablet.getByLabel(messages.Resume.resumeCode).fill(resumeCode);
      await tablet.getByRole('button', { name: messages.Resume.submit }).click();
      await expect(tablet).toHaveURL(resumedAddress(locale));
      await expect(tablet.getByText(messages.Resume.welcomeBack.replace('{name}', 'Carla'))).toBeVisible();
      expect(await servedQuizLabel(tablet)).toBe(
        `${messages.QuizCallout.continue}: ${quizzes.comprehension.title[locale]}`,
      );
      await expectAccessible(tablet);
    });

    for (const javaScriptEnabled of [true, false]) {
      test(`a refused join keeps the typed name and code, with the error on its field (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
        browser,
        baseURL,
      }) => {
        const { klass } = await teacherWithClass(browser, baseURL!, `Refused ${locale} ${javaScriptEnabled}`, locale);
        const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
        await page.goto(`/${locale}/join`);
        // A code no open class has (a letter changed), then one too short to be a code at all.
        const unknown = klass.joinCode.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
        for (const code of [unknown, 'HK4']) {
          await fillJoin(page, messages, code, 'Bea Ruiz');
          const codeField = page.getByLabel(messages.Join.code);
          await expect(codeField).toHaveAttribute('aria-invalid', 'true');
          await expect(codeField).toHaveValue(code);
          await expect(page.getByLabel(messages.Join.name)).toHaveValue('Bea Ruiz');
          await expect(codeField).toHaveAccessibleDescription(new RegExp(messages.Join.unknownCode.slice(0, 20)));
          if (javaScriptEnabled) await expect(codeField).toBeFocused();
        }
        if (javaScriptEnabled) await expectAccessible(page);
      });
    }

    test('a teacher pastes a roster of 30, prints 30 code cards, and merges two rows of one student', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const { teacher, klass } = await teacherWithClass(browser, baseURL!, `Pasted ${locale}`, locale);
      await teacher.goto(klass.url);
      const paste = teacher.getByRole('region', { name: messages.RosterTools.pasteTitle });
      const box = paste.getByLabel(messages.RosterTools.pasteLabel);

      // A name too long to join with refuses the whole paste and keeps the text.
      const refused = `Ana\n${'x'.repeat(61)}\nBen`;
      await box.fill(refused);
      await paste.getByRole('button', { name: messages.RosterTools.pasteSubmit }).click();
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(box).toHaveValue(refused);
      expect(await rosterRows(teacher, klass, messages)).toEqual([]);

      // 30 names, with blank lines and one repeated.
      const names = Array.from({ length: 30 }, (_, index) => `Student ${String(index + 1).padStart(2, '0')}`);
      await box.fill(['', ...names.slice(0, 15), '', '  ', ...names.slice(15), 'student 03', ''].join('\n'));
      await paste.getByRole('button', { name: messages.RosterTools.pasteSubmit }).click();
      await expect(teacher).toHaveURL(/\/cards\?added=30&skipped=1$/);
      await expect(
        teacher.getByRole('heading', {
          level: 1,
          name: messages.RosterTools.cardsTitle.replace('{className}', klass.name),
        }),
      ).toBeVisible();
      const cards = teacher
        .getByRole('list')
        .filter({ has: teacher.getByRole('heading', { level: 2 }) })
        .getByRole('listitem');
      await expect(cards).toHaveCount(30);
      await expect(cards.getByRole('heading', { level: 2 })).toHaveText(names);
      const firstCard = cards.first();
      await expect(firstCard).toContainText(klass.joinCode);
      await expect(firstCard).toContainText(`/${locale}/join`);
      expect((await firstCard.locator('dd').nth(3).innerText()).trim()).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
      await expectAccessible(teacher);
      // On paper: the cards without the buttons.
      await teacher.emulateMedia({ media: 'print' });
      await expect(teacher.getByRole('button', { name: messages.RosterTools.print })).toBeHidden();
      await expect(cards.first()).toBeVisible();
      await teacher.emulateMedia({ media: 'screen' });

      const roster = await rosterRows(teacher, klass, messages);
      expect(roster).toHaveLength(30);

      // Merge Student 02 into Student 01: 29 rows, and the merge listed.
      const merge = teacher.getByRole('region', { name: messages.RosterTools.mergeTitle });
      await merge.getByLabel(messages.RosterTools.mergeKeep).selectOption({ label: names[0]! });
      await merge.getByLabel(messages.RosterTools.mergeOther).selectOption({ label: names[1]! });
      await merge.getByRole('button', { name: messages.RosterTools.mergeSubmit }).click();
      await expect(merge.getByRole('status')).toContainText(names[1]!);
      await expect(merge.getByRole('listitem')).toHaveCount(1);
      await expectAccessible(teacher);
      const merged = await rosterRows(teacher, klass, messages);
      expect(merged.map(([name]) => name)).toEqual(names.filter((name) => name !== names[1]));
    });
  });
}
