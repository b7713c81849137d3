import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from './support/test';
import { answerWithMouse, expectAnswered } from './support/answer-quiz';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedAssignment, seedClass, seedQuizWork, seedStudent, seedTeacher } from './support/seed';

// Acceptance 1 of issue 38: an assignment that opens tomorrow says so and refuses answers; work
// submitted after the due date is flagged late on the roster and in the CSV files; after the close the quiz is locked,
// except for the one student whose teacher extended it. Dates in the past are seeded (seedAssignment), not waited for.
// Each run in one language, as every per-language group (e2e/support/locales.ts); `npm run test:full` runs both.

const quiz = quizzes.comprehension;
const first = quiz.items[0]!;
const HOUR = 60 * 60 * 1000;
const fromNow = (hours: number) => new Date(Date.now() + hours * HOUR);
const quizUrl = (locale: string, query = '') => `/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}${query}`;
/** The words of a notice before its date ("Opens on "), which the page shows in the reader's own format. */
const before = (template: string) => template.split('<date>')[0]!;

async function expectNotice(page: Page, template: string) {
  await expect(page.getByText(before(template), { exact: false }).first()).toBeVisible();
}

for (const { locale, messages } of localesFor('assignments')) {
  test.describe(`assignments (${locale})`, () => {
    test('an assignment that opens tomorrow says so on the lesson and the quiz, and refuses answers', async ({
      browser,
      baseURL,
    }) => {
      const teacher = await seedTeacher(await browser.newContext(), baseURL!);
      const klass = await seedClass(teacher, `Upcoming ${locale}`, locale);
      const context = await browser.newContext({ baseURL });
      await seedStudent(context, baseURL!, klass, 'Ana');
      await seedAssignment(klass, { opensAt: fromNow(24), dueAt: fromNow(48), closesAt: null });
      const page = await context.newPage();

      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expectNotice(page, messages.AssignmentStatus.upcoming);
      await page.goto(quizUrl(locale));
      await expectNotice(page, messages.AssignmentStatus.upcoming);
      await expectNoAxeViolations(page);
      await answerWithMouse(page, first, locale, messages);
      await expect(page.getByRole('alert').filter({ hasText: messages.Quiz.errors.notOpen })).toBeVisible();
      await page.reload();
      await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toHaveCount(0);
      await context.close();
      await teacher.context.close();
    });

    test('work submitted after the due date is flagged late on the roster and in both CSV files', async ({
      browser,
      baseURL,
    }) => {
      const teacher = await seedTeacher(await browser.newContext({ baseURL }), baseURL!);
      const klass = await seedClass(teacher, `Late ${locale}`, locale);
      const context = await browser.newContext({ baseURL });
      await seedStudent(context, baseURL!, klass, 'Ana');
      await seedAssignment(klass, { opensAt: fromNow(-48), dueAt: fromNow(-1), closesAt: fromNow(24) });
      const student = await context.newPage();
      await student.goto(quizUrl(locale));
      await expectNotice(student, messages.AssignmentStatus.late);
      await expectNoAxeViolations(student);
      await answerWithMouse(student, first, locale, messages);
      await expectAnswered(student, first, messages);
      await student.goto(quizUrl(locale, `?q=${quiz.items.length + 1}`));
      await student.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(student).toHaveURL(/\/results$/);

      const page = await teacher.context.newPage();
      await page.goto(klass.url);
      // The roster's quiz cell: "Submitted 7% · late", in words.
      const cell = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ana' }) });
      await expect(cell.getByRole('cell').filter({ hasText: `· ${messages.Assignment.late}` })).toHaveCount(1);
      await expectNoAxeViolations(page);

      const students = parse(
        (await (await teacher.context.request.get(`${klass.url}/export/students`)).text()).replace(/^\uFEFF/, ''),
        {
          columns: true,
        },
      ) as Record<string, string>[];
      const column = messages.ClassExport.timeliness.replace('{quiz}', quiz.title[locale]);
      expect(students.find((entry) => entry[messages.ClassExport.student] === 'Ana')?.[column]).toBe(
        messages.ClassExport.late,
      );
      const answers = parse(
        (await (await teacher.context.request.get(`${klass.url}/export/answers`)).text()).replace(/^\uFEFF/, ''),
        {
          columns: true,
        },
      ) as Record<string, string>[];
      expect(answers.map((entry) => entry[messages.ClassExport.attemptTimeliness])).toEqual([
        messages.ClassExport.late,
      ]);
      await context.close();
      await teacher.context.close();
    });

    test('after the close the quiz is locked, and an extension lets one student answer and submit', async ({
      browser,
      baseURL,
    }) => {
      const teacher = await seedTeacher(await browser.newContext({ baseURL }), baseURL!);
      const klass = await seedClass(teacher, `Closed ${locale}`, locale);
      const anaContext = await browser.newContext({ baseURL });
      const benContext = await browser.newContext({ baseURL });
      const ana = await seedStudent(anaContext, baseURL!, klass, 'Ana');
      const ben = await seedStudent(benContext, baseURL!, klass, 'Ben');
      await seedAssignment(klass, { opensAt: fromNow(-48), dueAt: fromNow(-24), closesAt: fromNow(24) });
      // Both started while it was open; then it closed an hour ago.
      for (const student of [ana, ben])
        await seedQuizWork(student, { lessonSlug: LESSON_SLUG, quizId: quiz.id, locale, answers: [], submit: false });
      await seedAssignment(klass, { opensAt: fromNow(-48), dueAt: fromNow(-24), closesAt: fromNow(-1) });

      const benPage = await benContext.newPage();
      await benPage.goto(quizUrl(locale));
      await expectNotice(benPage, messages.AssignmentStatus.closed);
      await expectNoAxeViolations(benPage);
      await answerWithMouse(benPage, first, locale, messages);
      await expect(benPage.getByRole('alert').filter({ hasText: messages.Quiz.errors.closed })).toBeVisible();

      // The teacher extends Ana's work until tomorrow, on her page.
      const page = await teacher.context.newPage();
      await page.goto(`${klass.url}/students/${ana.learnerId}`);
      const until = page.getByLabel(messages.Assignment.extendUntil);
      const tomorrow = await page.evaluate(() => {
        const date = new Date(Date.now() + 24 * 60 * 60 * 1000);
        const pad = (value: number) => String(value).padStart(2, '0');
        return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
      });
      await until.fill(tomorrow);
      await page.getByRole('button', { name: messages.Assignment.extend }).click();
      await expect(page.getByText(messages.Assignment.extended)).toBeVisible();
      await expectNoAxeViolations(page);

      const anaPage = await anaContext.newPage();
      await anaPage.goto(quizUrl(locale));
      await expectNotice(anaPage, messages.AssignmentStatus.late);
      await answerWithMouse(anaPage, first, locale, messages);
      await expectAnswered(anaPage, first, messages);
      await anaPage.goto(quizUrl(locale, `?q=${quiz.items.length + 1}`));
      await anaPage.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(anaPage).toHaveURL(/\/results$/);

      // Ben is still locked out, submit included.
      await benPage.goto(quizUrl(locale, `?q=${quiz.items.length + 1}`));
      await benPage.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(benPage.getByRole('alert').filter({ hasText: messages.Quiz.errors.closed })).toBeVisible();
      await Promise.all([anaContext.close(), benContext.close(), teacher.context.close()]);
    });

    test('the teacher locks the comprehension quiz: the student sees it locked and cannot save, until it is reopened', async ({
      browser,
      baseURL,
    }) => {
      // The teacher's page at a phone's width: the lock buttons fit it.
      const teacher = await seedTeacher(
        await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } }),
        baseURL!,
      );
      const klass = await seedClass(teacher, `Locked ${locale}`, locale);
      const context = await browser.newContext({ baseURL });
      await seedStudent(context, baseURL!, klass, 'Ana');
      const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
      await seedStudent(noScript, baseURL!, klass, 'Ben');
      await seedAssignment(klass, { opensAt: fromNow(-1), dueAt: fromNow(24), closesAt: null });
      const title = quiz.title[locale];

      const page = await teacher.context.newPage();
      await page.goto(klass.url);
      const locks = page.getByRole('region', { name: messages.Assignment.locksTitle });
      await expect(locks.getByText(messages.Assignment.quizOpen.replace('{quiz}', title))).toBeVisible();
      await locks.getByRole('button', { name: messages.Assignment.lock.replace('{quiz}', title) }).click();
      await expect(locks.getByText(messages.Assignment.locked)).toBeVisible();
      await expect(locks.getByText(messages.Assignment.quizLocked.replace('{quiz}', title))).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoAxeViolations(page);

      const student = await context.newPage();
      await student.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expect(student.getByText(messages.AssignmentStatus.lockedShort)).toBeVisible();
      await student.goto(quizUrl(locale));
      await expect(student.getByText(messages.AssignmentStatus.locked)).toBeVisible();
      await expectNoAxeViolations(student);
      await answerWithMouse(student, first, locale, messages);
      await expect(student.getByRole('alert').filter({ hasText: messages.Quiz.errors.closed })).toBeVisible();
      // Without JavaScript, the page rendered per request says the same.
      const plain = await noScript.newPage();
      await plain.goto(quizUrl(locale));
      await expect(plain.getByText(messages.AssignmentStatus.locked)).toBeVisible();

      await locks.getByRole('button', { name: messages.Assignment.reopen.replace('{quiz}', title) }).click();
      await expect(locks.getByText(messages.Assignment.reopened)).toBeVisible();
      await student.reload();
      await expect(student.getByText(messages.AssignmentStatus.locked)).toHaveCount(0);
      await answerWithMouse(student, first, locale, messages);
      await expectAnswered(student, first, messages);
      await Promise.all([context.close(), noScript.close(), teacher.context.close()]);
    });

    test('a quiz that does not count is unticked on the form and labelled practice for the student', async ({
      browser,
      baseURL,
    }) => {
      const teacher = await seedTeacher(await browser.newContext({ baseURL }), baseURL!);
      const klass = await seedClass(teacher, `Practice ${locale}`, locale);
      const context = await browser.newContext({ baseURL });
      await seedStudent(context, baseURL!, klass, 'Ana');
      await seedAssignment(klass, {
        opensAt: fromNow(-1),
        dueAt: fromNow(24),
        closesAt: null,
        practiceQuizIds: ['attribution'],
      });

      const page = await teacher.context.newPage();
      await page.goto(klass.url);
      const form = page.getByRole('group', { name: messages.Assignment.counted });
      await expect(form.getByRole('checkbox', { name: quiz.title[locale] })).toBeChecked();
      await expect(form.getByRole('checkbox', { name: quizzes.attribution.title[locale] })).not.toBeChecked();

      const student = await context.newPage();
      await student.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expect(student.getByRole('listitem').filter({ hasText: quizzes.attribution.title[locale] })).toContainText(
        messages.AssignmentStatus.ungraded,
      );
      await expect(student.getByRole('listitem').filter({ hasText: quiz.title[locale] })).not.toContainText(
        messages.AssignmentStatus.ungraded,
      );
      await student.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/attribution`);
      await expect(student.getByText(messages.AssignmentStatus.ungraded)).toBeVisible();
      await expectNoAxeViolations(student);
      await Promise.all([context.close(), teacher.context.close()]);
    });

    test('the teacher sets the dates in their time zone, and a due date before the opening is refused under its field', async ({
      browser,
      baseURL,
    }) => {
      const teacher = await seedTeacher(await browser.newContext({ baseURL, timezoneId: 'America/Chicago' }), baseURL!);
      const klass = await seedClass(teacher, `Dates ${locale}`, locale);
      // The zone the browser's script (components/teacher/TimeZoneCookie.tsx) names after a first visit.
      await teacher.context.addCookies([{ name: 'fuente_tz', value: 'America/Chicago', url: baseURL! }]);
      const page = await teacher.context.newPage();
      await page.goto(klass.url);
      const form = page.getByRole('region', { name: messages.Assignment.title });
      await expect(form.getByText(messages.Assignment.none)).toBeVisible();
      await expect(form.getByText('America/Chicago')).toBeVisible();
      await form.getByLabel(messages.Assignment.opensAt).fill('2026-12-20T09:00');
      await form.getByLabel(messages.Assignment.dueAt).fill('2026-12-19T09:00');
      await form.getByRole('button', { name: messages.Assignment.save }).click();
      await expect(form.getByText(messages.Assignment.errors.dueBeforeOpens)).toBeVisible();
      await expect(form.getByLabel(messages.Assignment.dueAt)).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);
      await form.getByLabel(messages.Assignment.dueAt).fill('2026-12-21T17:30');
      await form.getByRole('button', { name: messages.Assignment.save }).click();
      await expect(form.getByText(messages.Assignment.saved)).toBeVisible();
      await page.reload();
      await expect(
        page.getByRole('region', { name: messages.Assignment.title }).getByLabel(messages.Assignment.dueAt),
      ).toHaveValue('2026-12-21T17:30');
      await teacher.context.close();
    });
  });
}
