import type { Page } from '@playwright/test';
import type { QuizItem } from '../content/quiz-schema';
import { expect, test } from './support/test';
import { answerWithMouse, expectAnswered } from './support/answer-quiz';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, LOCALES, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedIdleTime, seedQuizWork, seedStudent, seedTeacher, type SeededStudent } from './support/seed';

// Acceptance 4 of issue 38: the live view shows the question a student is on ("Q 6/14") and flags a student as stuck
// after the idle time the teacher set. Idle time is seeded (seedIdleTime moves a student's work into the past), never
// waited for. With JavaScript the page updates itself when a student answers; without, it is a plain page with a
// Refresh link and a form.

const quiz = quizzes.comprehension;

/** The right response to one of the quiz's first items, as the quiz page would save it. */
function rightResponse(item: QuizItem): unknown {
  switch (item.type) {
    case 'multiple':
      return { optionIds: item.options.filter((option) => option.correct).map((option) => option.id) };
    case 'single':
      return { optionId: item.options.find((option) => option.correct)!.id };
    case 'truefalse':
      return { value: item.answer };
    case 'evidence':
      return { sentenceId: item.answer[0] };
    default:
      throw new Error(`no seeded response for a ${item.type} item`);
  }
}

/** A student's open comprehension attempt with the first `count` items answered and checked. */
async function answerFirst(student: SeededStudent, count: number, locale: 'en' | 'es') {
  const answers = quiz.items.slice(0, count).map((item) => ({ itemId: item.id, response: rightResponse(item) }));
  await seedQuizWork(student, { lessonSlug: LESSON_SLUG, quizId: quiz.id, locale, answers, submit: false });
}

const studentRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

for (const { locale, messages } of localesFor('live view')) {
  const t = messages.LiveView;
  const onQuestion = (question: number) =>
    t.place.quizShort.replace('{question}', String(question)).replace('{total}', String(quiz.items.length));
  const state = (page: Page, name: string, key: keyof typeof t.state) =>
    studentRow(page, name).getByText(t.state[key], { exact: true });

  test.describe(`live view (${locale})`, () => {
    test('shows the question each student is on, flags the idle one, and updates itself when a student answers', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const teacher = await seedTeacher(await browser.newContext({ baseURL }), baseURL!);
      const klass = await seedClass(teacher, `Live ${locale}`, locale);
      const anaContext = await browser.newContext({ baseURL });
      const ana = await seedStudent(anaContext, baseURL!, klass, 'Ana');
      const ben = await seedStudent(await browser.newContext({ baseURL }), baseURL!, klass, 'Ben');
      const cara = await seedStudent(await browser.newContext({ baseURL }), baseURL!, klass, 'Cara');
      await answerFirst(ana, 5, locale);
      await answerFirst(ben, 2, locale);
      await seedIdleTime(ben, 6);
      await seedQuizWork(cara, { lessonSlug: LESSON_SLUG, quizId: quiz.id, locale, answers: [], submit: true });
      await seedIdleTime(cara, 30);

      const page = await teacher.context.newPage();
      await page.goto(klass.url);
      await page.getByRole('link', { name: t.link }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title.replace('{className}', klass.name));
      await expect(studentRow(page, 'Ana')).toContainText(onQuestion(6));
      await expect(state(page, 'Ana', 'working')).toBeVisible();
      await expect(studentRow(page, 'Ben')).toContainText(onQuestion(3));
      await expect(state(page, 'Ben', 'stuck')).toBeVisible();
      await expect(state(page, 'Cara', 'done')).toBeVisible();
      await expect(page.getByRole('button', { name: t.pause })).toHaveAttribute('aria-pressed', 'false');
      await expectNoAxeViolations(page);
      // Set on this document: a reload would lose it.
      await page.evaluate(() => document.documentElement.setAttribute('data-live-test', 'same document'));

      // Ana answers question 6; the teacher's page moves her on without a reload.
      const student = await anaContext.newPage();
      await student.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}`);
      await answerWithMouse(student, quiz.items[5]!, locale, messages);
      await expectAnswered(student, quiz.items[5]!, messages);
      await expect(studentRow(page, 'Ana')).toContainText(onQuestion(7), { timeout: 30_000 });
      // Then she stops: once she is stuck too, that change alone is announced (Ben was stuck from the start).
      await seedIdleTime(ana, 6);
      await expect(state(page, 'Ana', 'stuck')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('status').filter({ hasText: t.announceStuck.replace('{names}', 'Ana') })).toHaveText(
        t.announceStuck.replace('{names}', 'Ana'),
      );
      await expect(page.locator('html')).toHaveAttribute('data-live-test', 'same document');

      await page.getByRole('button', { name: t.pause }).click();
      await expect(page.getByRole('button', { name: t.pause })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByText(t.paused)).toBeVisible();
      await teacher.context.close();
      await anaContext.close();
    });

    test('without JavaScript: a plain page with a Refresh link, and the idle time set by a form', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const teacher = await seedTeacher(await browser.newContext({ baseURL, javaScriptEnabled: false }), baseURL!);
      const klass = await seedClass(teacher, `Live plain ${locale}`, locale);
      const ben = await seedStudent(await browser.newContext({ baseURL }), baseURL!, klass, 'Ben');
      await answerFirst(ben, 5, locale);
      await seedIdleTime(ben, 7);

      const page = await teacher.context.newPage();
      await page.goto(`${klass.url}/live`);
      await expect(studentRow(page, 'Ben')).toContainText(onQuestion(6));
      await expect(state(page, 'Ben', 'stuck')).toBeVisible();
      await expect(page.getByRole('button', { name: t.pause })).toHaveCount(0);
      const idle = page.getByLabel(t.stuckAfter.label);
      await expect(idle).toHaveValue('5');
      await idle.selectOption('10');
      await page.getByRole('button', { name: t.stuckAfter.save }).click();
      await expect(page).toHaveURL(new RegExp(`${klass.url}/live$`));
      await expect(page.getByLabel(t.stuckAfter.label)).toHaveValue('10');
      await expect(state(page, 'Ben', 'working')).toBeVisible();
      await page.getByRole('link', { name: t.refresh }).click();
      await expect(state(page, 'Ben', 'working')).toBeVisible();
      // Axe in both languages, whichever this run is in (axe itself needs scripts: the same teacher in a browser with them).
      const scripted = await browser.newContext({ baseURL, storageState: await teacher.context.storageState() });
      const axePage = await scripted.newPage();
      for (const other of LOCALES) {
        await axePage.goto(`/${other.locale}/teacher/classes/${klass.classId}/lessons/${LESSON_SLUG}/live`);
        await expect(
          studentRow(axePage, 'Ben').getByText(other.messages.LiveView.state.working, { exact: true }),
        ).toBeVisible();
        await expectNoAxeViolations(axePage);
      }
      await Promise.all([teacher.context.close(), scripted.close()]);
    });
  });
}
