import { expect, test } from './support/test';
import { answerWithMouse } from './support/answer-quiz';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, LOCALES, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedTeacher } from './support/seed';
import { joinClass, TEACHER_PASSWORD, uniqueEmail } from './support/teacher';
import { openFold } from './support/lesson-folds';

// Axe once per page state, inside the flow that reaches it. Each test runs in the language its group name picks
// (both with FUENTE_E2E_LOCALES=both); only the bilingual view, which mixes the two on one page, runs in both.

test.describe('axe', () => {
  for (const { locale } of localesFor('axe: home page')) {
    test(`home page (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
    });
  }

  for (const { locale, messages } of localesFor('axe: lesson page, also with a field error shown')) {
    test(`lesson page, also with a field error shown (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expectNoAxeViolations(page);
      await openFold(page, messages.LessonPage.beforeYouRead);
      await page.getByRole('button', { name: messages.Familiarity.save }).click();
      await expect(page.getByText(messages.Familiarity.errorLevel)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  for (const { locale, messages } of LOCALES) {
    test(`lesson page in the bilingual view, with a definition open (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}?view=bilingual`);
      await expectNoAxeViolations(page);
      await page.getByRole('region', { name: messages.LessonPage.articleHeading }).getByRole('button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  for (const { locale, messages } of localesFor('axe: lesson page with a definition open in the single view')) {
    test(`lesson page with a definition open in the single view (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await page.getByRole('region', { name: messages.LessonPage.articleHeading }).getByRole('button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  // One test per quiz: each is 8 axe scans and 6 answers, which took up to 2 minutes on a busy 2-core CI host.
  for (const quiz of [quizzes.attribution, quizzes.comprehension]) {
    for (const { locale, messages } of localesFor(`axe: ${quiz.id} quiz`)) {
      test(`${quiz.id} quiz pages with feedback shown, and its results page (${locale})`, async ({ page }) => {
        test.setTimeout(180_000);
        // The fullest feedback comes from rows (matching, classification) or a multiple select: start at the first.
        const fullest =
          quiz.items.findIndex((item) => ['matching', 'classification', 'multiple'].includes(item.type)) + 1;
        await page.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}?q=${fullest}`);
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
        const others = quiz.items.map((item, index) => ({ item, position: index + 1 }));
        for (const { item, position } of others.filter(({ position }) => position !== fullest).slice(0, 3)) {
          await page.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}?q=${position}`);
          await answerWithMouse(page, item, locale, messages);
          await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
          await expectNoAxeViolations(page);
        }
        await page.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}?q=${quiz.items.length + 1}`);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: messages.Quiz.submit }).click();
        await expect(page).toHaveURL(/\/results$/);
        await expectNoAxeViolations(page);
      });
    }
  }

  for (const { locale, messages } of localesFor('axe: privacy, join and teacher sign-in and sign-up pages')) {
    test(`privacy, join and teacher sign-in and sign-up pages, with a field error and after a sign-up (${locale})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      // A computer of its own: sign-ups are limited per address.
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `192.0.2.${(process.pid % 250) + 1}` });
      for (const path of ['privacy', 'join', 'join/resume', 'teacher/signin', 'teacher/signup']) {
        await page.goto(`/${locale}/${path}`);
        await expectNoAxeViolations(page);
      }
      await page.getByRole('button', { name: messages.TeacherAuth.signUp }).click();
      await expect(page.getByText(messages.TeacherAuth.errors.email)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByLabel(messages.TeacherAuth.email).fill(uniqueEmail());
      await page.getByLabel(messages.TeacherAuth.password).fill(TEACHER_PASSWORD);
      await page.getByRole('button', { name: messages.TeacherAuth.signUp }).click();
      // Hashing the password (scrypt, N = 2^17) is slow on purpose; on a busy 2-core CI host it has taken over 5 s.
      await expect(page.getByRole('status').filter({ hasText: messages.TeacherAuth.signedUpNext })).toBeVisible({
        timeout: 30_000,
      });
      await expectNoAxeViolations(page);
    });
  }

  for (const { locale, messages } of localesFor('axe: teacher pages with a student in the class')) {
    test(`teacher pages, with a student who joined the class (${locale})`, async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const teacher = await seedTeacher(context, baseURL!);
      await page.goto(`/${locale}/teacher`);
      await expect(page.getByRole('heading', { level: 1, name: messages.TeacherHome.title })).toBeVisible();
      await expectNoAxeViolations(page);
      const klass = await seedClass(teacher, `Axe ${locale}`, locale);
      const studentContext = await browser.newContext();
      const student = await studentContext.newPage();
      await joinClass(student, locale, messages, klass.joinCode, 'Ana');
      await expectNoAxeViolations(student);
      await page.goto(klass.url);
      await expect(page.getByRole('heading', { level: 1, name: klass.name })).toBeVisible();
      await expect(page.getByText('Ana', { exact: true }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/teacher`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/teacher/account`);
      await expectNoAxeViolations(page);
      await studentContext.close();
    });
  }

  for (const { locale, messages } of localesFor('axe: teacher notes page, on screen and in print')) {
    test(`teacher notes page, on screen and in print (${locale})`, async ({ page, context, baseURL }) => {
      await seedTeacher(context, baseURL!);
      await page.goto(`/${locale}/teacher/lessons/${LESSON_SLUG}/notes`);
      await expect(page.getByRole('heading', { level: 1, name: messages.TeacherNotes.title })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.emulateMedia({ media: 'print' });
      await expectNoAxeViolations(page);
    });
  }

  for (const { locale } of localesFor('axe: 404 page')) {
    test(`404 page (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/no-such-page`);
      await expectNoAxeViolations(page);
    });
  }

  for (const { locale } of localesFor('axe: dark mode')) {
    test(`dark mode (${locale})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expectNoAxeViolations(page);
    });
  }
});
