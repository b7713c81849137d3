import { expect, test } from './support/test';
import { answerWithMouse } from './support/answer-quiz';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, LOCALES } from './support/locales';
import { quizzes } from './support/quiz-content';
import { createClass, joinClass, signUpTeacher } from './support/teacher';

for (const { locale, messages } of LOCALES) {
  test.describe(`axe (${locale})`, () => {
    test('home page', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
    });

    test('lesson page, also with a field error shown', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: messages.Familiarity.save }).click();
      await expect(page.getByText(messages.Familiarity.errorLevel)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('lesson page in the bilingual view, with a definition open', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}?view=bilingual`);
      await expectNoAxeViolations(page);
      await page.getByRole('region', { name: messages.LessonPage.articleHeading }).getByRole('button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('lesson page with a definition open in the single view', async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await page.getByRole('region', { name: messages.LessonPage.articleHeading }).getByRole('button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    // One test per quiz: each is 8 axe scans and 6 answers, which took up to 2 minutes on a busy 2-core CI host.
    for (const quiz of [quizzes.attribution, quizzes.comprehension]) {
      test(`${quiz.id} quiz pages with feedback shown, and its results page`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}`);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: messages.Quiz.check }).click();
        await expect(page.getByText(messages.Quiz.errors.empty)).toBeVisible();
        await expectNoAxeViolations(page);
        // A careless answer shows the fullest feedback: marks, row errors, the right answer and the explanation.
        for (const select of await page.getByRole('combobox').all()) await select.selectOption({ index: 1 });
        for (const box of await page.getByRole('checkbox').all()) await box.check();
        await page.getByRole('button', { name: messages.Quiz.check }).click();
        // Matching and classification rows link to their own paragraphs too, beside the explanation's link.
        await expect(
          page.getByRole('link', { name: messages.Quiz.feedback.readParagraph.replace(/\{number\}.*/, '') }).first(),
        ).toBeVisible();
        await expectNoAxeViolations(page);
        await page.getByRole('link', { name: messages.Quiz.next }).click();
        for (const item of quiz.items.slice(1, 4)) {
          await answerWithMouse(page, item, locale, messages);
          await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
          await expectNoAxeViolations(page);
          await page.getByRole('link', { name: messages.Quiz.next }).click();
        }
        await page.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}?q=${quiz.items.length + 1}`);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: messages.Quiz.submit }).click();
        await expect(page).toHaveURL(/\/results$/);
        await expectNoAxeViolations(page);
      });
    }

    test('join, privacy and teacher pages, with a student in the class', async ({ page, browser }) => {
      test.setTimeout(180_000);
      for (const path of ['privacy', 'join', 'join/resume', 'teacher/signin', 'teacher/signup']) {
        await page.goto(`/${locale}/${path}`);
        await expectNoAxeViolations(page);
      }
      await page.getByRole('button', { name: messages.TeacherAuth.signUp }).click();
      await expect(page.getByText(messages.TeacherAuth.errors.email)).toBeVisible();
      await expectNoAxeViolations(page);
      await signUpTeacher(page, locale, messages);
      await expectNoAxeViolations(page);
      const klass = await createClass(page, messages, `Axe ${locale}`);
      const student = await (await browser.newContext()).newPage();
      await joinClass(student, locale, messages, klass.joinCode, 'Ana');
      await expectNoAxeViolations(student);
      await page.reload();
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/teacher`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/teacher/account`);
      await expectNoAxeViolations(page);
    });

    test('teacher notes page, on screen and in print', async ({ page }) => {
      await signUpTeacher(page, locale, messages);
      await page.goto(`/${locale}/teacher/lessons/${LESSON_SLUG}/notes`);
      await expect(page.getByRole('heading', { level: 1, name: messages.TeacherNotes.title })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.emulateMedia({ media: 'print' });
      await expectNoAxeViolations(page);
    });

    test('404 page', async ({ page }) => {
      await page.goto(`/${locale}/no-such-page`);
      await expectNoAxeViolations(page);
    });

    test('dark mode', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expectNoAxeViolations(page);
    });
  });
}
