import { expect, test } from './support/test';
import { answerWithMouse } from './support/answer-quiz';
import { LESSON_SLUG, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { createClass, joinClass, signUpTeacher } from './support/teacher';

// The embedded database end to end. When the browser suite runs on PostgreSQL, this project has a server of its own on
// a fresh PGlite folder (playwright.config.ts): the default a school gets from `npm start` stays proven. Everything
// goes through the forms, sign-up included, since what is under test is the embedded database behind them.

for (const { locale, messages } of localesFor('pglite smoke')) {
  test(`on a fresh embedded database a teacher signs up, makes a class with the default settings, a student joins, answers and submits once, and the teacher sees it (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const teacher = await (await browser.newContext({ baseURL })).newPage();
    await signUpTeacher(teacher, locale, messages);
    const klass = await createClass(teacher, messages, `Embedded ${locale}`);

    const student = await (await browser.newContext({ baseURL })).newPage();
    await joinClass(student, locale, messages, klass.joinCode, 'Paz');
    const quiz = quizzes.comprehension;
    await student.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}`);
    // A new class's defaults: right answers only after submitting, and one attempt.
    await answerWithMouse(student, quiz.items[0]!, locale, messages, false);
    await student.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
    await expect(student.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();
    await expect(student.getByText(messages.Quiz.feedback.correct, { exact: true })).toHaveCount(0);
    await student.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}?q=${quiz.items.length + 1}`);
    await student.getByRole('button', { name: messages.Quiz.submit }).click();
    await expect(student).toHaveURL(/\/results$/);
    await expect(student.getByRole('button', { name: messages.QuizResults.retake })).toHaveCount(0);
    await student.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}`);
    await expect(student).toHaveURL(/\/results$/);

    // The class overview scores the submitted quiz: its comprehension cell holds a percentage.
    await teacher.reload();
    const row = teacher.getByRole('row', { name: /^Paz / }).first();
    await expect(row.getByRole('cell').nth(2)).toHaveText(/\d+\s?%/);
    // The roster counts the one attempt (its cells: joined, then attempts).
    const roster = teacher.getByRole('region', { name: messages.ClassPage.rosterTitle });
    await expect(roster.locator('tbody tr').filter({ hasText: 'Paz' }).locator('td').nth(1)).toHaveText('1');
  });
}
