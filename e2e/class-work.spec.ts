import { expect, test, type Browser, type Page } from './support/test';
import { answerWithMouse } from './support/answer-quiz';
import { LESSON_SLUG, localesFor, type LocaleCase, resumedAddress } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedStudent, seedTeacher, type ClassSettingsSeed } from './support/seed';
import { joinClass } from './support/teacher';

// A score a teacher can trust: each attempt shows its own option order (the same wherever it is shown), guest work
// stays practice when the guest joins a class, and unsent answers never leave with the wrong learner.

const quiz = quizzes.comprehension;
const quizUrl = (locale: string) => `/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}`;
/** The first three items: a multiple select with six options and two single-choice items with four. */
const CHOICE_ITEMS = [1, 2, 3];

type Messages = LocaleCase['messages'];

/** A pattern that matches text starting with `text`, taken literally. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The option ids of item `q` (1-based) in the order the quiz page shows them. */
async function optionOrder(page: Page, locale: string, q: number): Promise<string[]> {
  await page.goto(`${quizUrl(locale)}?q=${q}`);
  return page
    .locator('form input[name="optionId"], form input[name="optionIds"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

const orders = async (page: Page, locale: string) => {
  const result: string[][] = [];
  for (const q of CHOICE_ITEMS) result.push(await optionOrder(page, locale, q));
  return result;
};

/** The option texts of a choice item, in the order of `ids`. */
const texts = (itemIndex: number, ids: string[], language: 'en' | 'es') => {
  const item = quiz.items[itemIndex]!;
  if (item.type !== 'single' && item.type !== 'multiple') throw new Error(`${item.id} has no options`);
  return ids.map((id) => item.options.find((option) => option.id === id)!.text[language]);
};

/** A seeded teacher, signed in in a browser of their own, with a new class (students' language: `locale`). */
async function teacherWithClass(
  browser: Browser,
  baseURL: string,
  locale: 'en' | 'es',
  name: string,
  settings?: Partial<ClassSettingsSeed>,
) {
  const context = await browser.newContext();
  const klass = await seedClass(await seedTeacher(context, baseURL), name, locale, settings);
  return { teacher: await context.newPage(), klass, classUrl: klass.url, joinCode: klass.joinCode };
}

/** A seeded student of the class, signed in in a browser of their own. */
async function studentOf(browser: Browser, baseURL: string, klass: { classId: string }, name: string) {
  const context = await browser.newContext();
  const { resumeCode } = await seedStudent(context, baseURL, klass, name);
  return { page: await context.newPage(), resumeCode };
}

async function resume(page: Page, locale: string, messages: Messages, joinCode: string, resumeCode: string) {
  await page.goto(`/${locale}/join/resume`);
  await page.getByLabel(messages.Resume.code).fill(joinCode);
  await page.getByLabel(messages.Resume.resumeCode).fill(resumeCode);
  await page.getByRole('button', { name: messages.Resume.submit }).click();
  await expect(page).toHaveURL(resumedAddress(locale), { timeout: 15_000 });
}

for (const { locale, messages } of localesFor('class work')) {
  const other = locale === 'en' ? 'es' : 'en';

  test.describe(`class work (${locale})`, () => {
    test('each attempt has its own option order, the same on reload, another device, without JavaScript, in results and for the teacher', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const { teacher, klass, classUrl, joinCode } = await teacherWithClass(
        browser,
        baseURL!,
        locale,
        `Order ${locale}`,
      );
      const { page: ana, resumeCode } = await studentOf(browser, baseURL!, klass, 'Ana');
      const { page: ben } = await studentOf(browser, baseURL!, klass, 'Ben');

      // Three shuffled items (6, 4 and 4 options): the chance that two learners see all three alike is 1 in 414,720.
      const anaOrder = await orders(ana, locale);
      expect(await orders(ben, locale)).not.toEqual(anaOrder);

      // Ana's first answer starts her attempt in the order she was shown; a reload keeps it.
      await ana.goto(`${quizUrl(locale)}?q=2`);
      await answerWithMouse(ana, quiz.items[1]!, locale, messages);
      await expect(ana.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      await ana.reload();
      expect(await orders(ana, locale)).toEqual(anaOrder);

      // Another device, without JavaScript, with her personal code: the same order, in either language.
      const device = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await resume(device, locale, messages, joinCode, resumeCode);
      expect(await orders(device, locale)).toEqual(anaOrder);
      expect(await orders(device, other)).toEqual(anaOrder);

      // Ana answers the other two and submits: the results list each item's options in her order.
      for (const q of [1, 3]) {
        await ana.goto(`${quizUrl(locale)}?q=${q}`);
        await answerWithMouse(ana, quiz.items[q - 1]!, locale, messages);
        await expect(ana.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      }
      await ana.goto(`${quizUrl(locale)}?q=${quiz.items.length + 1}`);
      await ana.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(ana).toHaveURL(/\/results$/);
      for (const [index, q] of CHOICE_ITEMS.entries()) {
        const result = ana.locator('li[data-result]').nth(q - 1);
        await expect(result.locator('ol li')).toHaveText(texts(q - 1, anaOrder[index]!, locale).map(startsWith));
      }

      // The teacher's view of Ana's answers shows her order too.
      await teacher.goto(classUrl);
      await teacher
        .locator('section[aria-labelledby="overview"] tbody')
        .getByRole('link', { name: 'Ana', exact: true })
        .click();
      for (const [index, q] of CHOICE_ITEMS.entries()) {
        const row = teacher
          .getByRole('row')
          .filter({ has: teacher.getByRole('rowheader', { name: new RegExp(`^${q}\\. `) }) });
        await expect(
          row.getByRole('list', { name: messages.StudentAnswers.optionOrder }).getByRole('listitem'),
        ).toHaveText(texts(q - 1, anaOrder[index]!, locale).map(startsWith));
      }
    });

    test('a guest’s finished quiz stays practice after joining a class with deferred feedback and no retakes', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(150_000);
      const { teacher, classUrl, joinCode } = await teacherWithClass(browser, baseURL!, locale, `Practice ${locale}`, {
        feedbackMode: 'deferred',
        retakes: 0,
      });
      // As a guest: immediate feedback, the first two items right, submitted.
      const guest = await (await browser.newContext()).newPage();
      for (const [index, item] of quiz.items.slice(0, 2).entries()) {
        await guest.goto(`${quizUrl(locale)}?q=${index + 1}`);
        await answerWithMouse(guest, item, locale, messages);
        await expect(guest.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      }
      await guest.goto(`${quizUrl(locale)}?q=${quiz.items.length + 1}`);
      await guest.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(guest).toHaveURL(/\/results$/);

      await joinClass(guest, locale, messages, joinCode, 'Guest');
      const joinedAt = Date.now();

      // The teacher: not started, no score, and the time the student joined.
      await teacher.goto(classUrl);
      const row = teacher
        .locator('section[aria-labelledby="overview"] tbody tr')
        .filter({ has: teacher.getByRole('link', { name: 'Guest', exact: true }) });
      const comprehensionScore = row.locator('td').nth(2);
      await expect(row).toContainText(messages.TeacherDashboard.status['not-started']);
      await expect(comprehensionScore).toHaveText(messages.TeacherDashboard.quizState['not-started']);
      const joined = teacher
        .getByRole('region', { name: messages.ClassPage.rosterTitle })
        .getByRole('row', { name: /^Guest/ })
        .locator('time');
      expect(Math.abs(Date.parse((await joined.getAttribute('datetime'))!) - joinedAt)).toBeLessThan(60_000);

      // The student: the practice score is shown apart, and the class quiz has not started.
      const total = String(quiz.items.length);
      await guest.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expect(
        guest.getByText(messages.QuizCallout.practice.replace('{earned}', '2').replace('{possible}', total)),
      ).toBeVisible();
      await expect(guest.getByText(messages.QuizCallout.notStarted)).toHaveCount(2);

      // The class attempt: deferred feedback, taken once.
      await guest.goto(quizUrl(locale));
      await answerWithMouse(guest, quiz.items[0]!, locale, messages, false);
      await guest.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(guest.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();
      await guest.goto(`${quizUrl(locale)}?q=${quiz.items.length + 1}`);
      await guest.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(guest).toHaveURL(/\/results$/);
      await expect(guest.getByRole('button', { name: messages.QuizResults.retake })).toHaveCount(0);
      await guest.goto(quizUrl(locale));
      await expect(guest).toHaveURL(/\/results$/);

      // The earlier work is still the student's own, marked as practice.
      await guest.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await guest.getByRole('link', { name: messages.QuizCallout.practiceLink }).click();
      await expect(guest.getByText(messages.QuizResults.practice)).toBeVisible();
      await expect(
        guest.getByText(
          messages.QuizResults.score
            .replace('{earned}', '2')
            .replace('{possible}', total)
            .replace('{percent}', String(Math.round(200 / Number(total)))),
        ),
      ).toBeVisible();

      // The class counts the class attempt only: one answer right of all (the written ones left empty count as zero).
      await teacher.reload();
      await expect(comprehensionScore).toHaveText(
        new RegExp(`${messages.TeacherDashboard.quizState.submitted}\\s+${Math.round(100 / Number(total))}\\s?%`),
      );
      await row.getByRole('link', { name: 'Guest', exact: true }).click();
      await expect(teacher.getByRole('heading', { level: 2, name: startsWith(quiz.title[locale]) })).toHaveCount(1);
    });

    test('unsent answers stay with their learner on a shared computer, and go at sign-out', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(150_000);
      const { klass, joinCode } = await teacherWithClass(browser, baseURL!, locale, `Shared ${locale}`);
      const computer = await browser.newContext();
      const item = (index: number) => quiz.items[index]!;
      const saves: string[] = [];
      const answersEndpoint = /\/api\/[a-z]+\/answers$/;
      computer.on('request', (request) => {
        if (request.method() === 'POST' && answersEndpoint.test(request.url())) saves.push(request.postData() ?? '');
      });
      // A tab "loses the network" by having its saves aborted before they leave the browser. (Chromium's offline
      // emulation holds some requests and sends them once the network is back, even from a closed tab.)
      const cutOff = new Set<Page>();
      await computer.route(answersEndpoint, (route) => {
        let page: Page | null = null;
        try {
          page = route.request().frame().page();
        } catch {
          // The tab is gone: it was cut off.
        }
        const save = route.request().method() === 'POST';
        return save && (page === null || cutOff.has(page)) ? route.abort('internetdisconnected') : route.continue();
      });
      /** Answers item `index` with the tab's network gone, then closes the tab: the answer waits in the browser. */
      const answerOfflineAndClose = async (page: Page, index: number) => {
        cutOff.add(page);
        await answerWithMouse(page, item(index), locale, messages);
        await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.retrying })).toBeVisible();
        await page.close();
      };
      /** Opens question `q` and waits: no save may leave the page. */
      const expectNothingSent = async (page: Page, q: number) => {
        saves.length = 0;
        await page.goto(`${quizUrl(locale)}?q=${q}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(1_500);
        expect(saves).toEqual([]);
      };

      // Learner A opens the quiz and gives a first answer offline (it would start A's attempt), then closes the tab.
      const { resumeCode: codeA } = await seedStudent(computer, baseURL!, klass, 'Alba');
      const a = await computer.newPage();
      await a.goto(quizUrl(locale));
      await answerOfflineAndClose(a, 0);

      // Learner B signs in on the same computer and opens the same quiz: nothing of A's is sent.
      const { resumeCode: codeB } = await seedStudent(computer, baseURL!, klass, 'Bruno');
      const b = await computer.newPage();
      await expectNothingSent(b, 1);
      await expect(b.locator('form input[name="optionIds"]:checked')).toHaveCount(0);

      // B signs out; A comes back on this computer: A's answer is delivered, to A.
      await b.goto(`/${locale}/join`);
      await b.getByRole('button', { name: messages.Join.signOut }).click();
      await resume(b, locale, messages, joinCode, codeA);
      await b.goto(quizUrl(locale));
      await expect(b.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible({
        timeout: 20_000,
      });
      await expect(b.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      await b.goto(`${quizUrl(locale)}?q=1`);
      await expect(b.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();

      // A queues another answer offline, then signs out: it is gone, and B, back on this computer, never sends it.
      await b.goto(`${quizUrl(locale)}?q=3`);
      await answerOfflineAndClose(b, 2);
      const c = await computer.newPage();
      await c.goto(`/${locale}/join`);
      await c.getByRole('button', { name: messages.Join.signOut }).click();
      expect(
        await c.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('fuente:pending:'))),
      ).toEqual([]);
      await resume(c, locale, messages, joinCode, codeB);
      await expectNothingSent(c, 3);
      await resume(c, locale, messages, joinCode, codeA);
      await c.goto(`${quizUrl(locale)}?q=3`);
      await expect(c.locator('form input[name="optionId"]:checked')).toHaveCount(0);
    });
  });
}
