import { expect, test, type Page } from './support/test';
import type { QuizItem } from '../content/quiz-schema';
import { expectNoAxeViolations } from './support/axe';
import { openFold } from './support/lesson-folds';
import { LESSON_SLUG, LOCALES, localesFor, type LocaleCase } from './support/locales';
import { quizzes, sentenceText } from './support/quiz-content';
import { seedClass, seedStudent, seedTeacher } from './support/seed';

// Issue 34, "a class period that works": the article on a phone's first screen, and feedback that reaches the student.

type Messages = LocaleCase['messages'];
type Written = Extract<QuizItem, { type: 'written' }>;

const PHONE = { width: 360, height: 740 };
const lessonPath = (locale: string) => `/${locale}/lessons/${LESSON_SLUG}`;
const quiz = quizzes.comprehension;
const position = quiz.items.findIndex((item) => item.type === 'written') + 1;
const written = quiz.items[position - 1] as Written;

/** Where paragraph 1 starts and how wide the page is, on the page as it is now. */
async function articleStart(page: Page) {
  await expect(page.locator('[data-paragraph="1"]').first()).toBeVisible();
  return page.evaluate(() => ({
    top: document.querySelector('[data-paragraph="1"]')!.getBoundingClientRect().top,
    width: document.documentElement.scrollWidth,
  }));
}

// Both languages in test:full, one per run in npm test: the Spanish page's longer words push the article down.
for (const { locale, messages } of localesFor('the article first on a phone')) {
  test.describe(`the article first on a phone (${locale})`, () => {
    test.use({ viewport: PHONE });

    test('after joining, paragraph 1 starts on the first screen and nothing is wider than the phone', async ({
      page,
      context,
      baseURL,
    }) => {
      const klass = await seedClass(
        await seedTeacher(await context.browser()!.newContext(), baseURL!),
        `Phone ${locale}`,
        locale,
      );
      await seedStudent(context, baseURL!, klass, 'Guadalupe Fernández');
      await page.goto(lessonPath(locale));
      await expect(page.getByText(messages.Join.signedInAs.split('{')[0]!)).toBeVisible();
      const { top, width } = await articleStart(page);
      expect(top).toBeLessThan(PHONE.height);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      // The quizzes are one link away from the top.
      await expect(page.getByRole('link', { name: messages.LessonPage.toQuizzes })).toHaveAttribute(
        'href',
        '#quizzes-heading',
      );
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
    });

    test('a guest sees the article first too; the folds open and stay within the phone', async ({ page }) => {
      await page.goto(lessonPath(locale));
      expect((await articleStart(page)).top).toBeLessThan(PHONE.height);
      for (const heading of [
        messages.LessonPage.beforeYouRead,
        messages.LessonPage.readingTools,
        messages.StoryContext.heading,
      ])
        await openFold(page, heading);
      await expect(page.getByRole('group', { name: messages.Familiarity.legend })).toBeVisible();
      await expect(page.getByRole('link', { name: messages.LessonPage.viewBilingual })).toBeVisible();
      await expect(page.getByRole('heading', { name: messages.StoryContext.lawHeading })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
    });
  });
}

/**
 * Loads a page and waits until the learner's state has arrived: a page prerendered for a browser that runs scripts
 * asks for it after loading, so "nothing shown" means something only after that.
 */
async function withLearnerState(page: Page, load: () => Promise<unknown>) {
  const state = page.waitForResponse((response) => /\/lessons\/[^/]+\/state$/.test(new URL(response.url()).pathname));
  await load();
  await state;
}

/** The student writes an answer to the first written item, leaves the rest, and submits. */
async function writeAndSubmit(page: Page, locale: 'en' | 'es', messages: Messages) {
  await page.goto(`${lessonPath(locale)}/quiz/${quiz.id}?q=${position}`);
  await page.getByRole('checkbox', { name: sentenceText(written.evidence[0]!, locale) }).check();
  await page.getByLabel(messages.Quiz.written.answerLabel).fill('Separating children harms them, the office says.');
  await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
  await expect(page.getByText(messages.Quiz.written.saved)).toBeVisible();
  await page.goto(`${lessonPath(locale)}/quiz/${quiz.id}?q=${quiz.items.length + 1}`);
  await page.getByRole('button', { name: messages.Quiz.submit }).click();
  await expect(page).toHaveURL(/\/results$/);
}

for (const { locale, messages } of localesFor('feedback from the teacher')) {
  const feedback = messages.TeacherFeedback;
  test.describe(`feedback from the teacher (${locale})`, () => {
    test('a returned score shows on the lesson page and the home page until the student opens the results', async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const klass = await seedClass(await seedTeacher(context, baseURL!), `Feedback ${locale}`, locale);
      const studentContext = await browser.newContext();
      await seedStudent(studentContext, baseURL!, klass, 'Ana');
      const student = await studentContext.newPage();
      await writeAndSubmit(student, locale, messages);

      // Waiting: no notice, the pending answer counted and said, and the results say the total will change.
      await withLearnerState(student, () => student.goto(lessonPath(locale)));
      const pending = feedback.pending.match(/one \{([^}]*)\}/)![1]!.replace('#', '1');
      const quizCard = student
        .getByRole('region', { name: messages.QuizCallout.heading })
        .getByRole('listitem')
        .filter({ hasText: quiz.title[locale] });
      await expect(quizCard).toContainText(pending);
      await expect(student.getByRole('heading', { name: feedback.heading })).toHaveCount(0);
      await student.goto(`${lessonPath(locale)}/quiz/${quiz.id}/results`);
      await expect(
        student.getByText(
          messages.QuizResults.totalWillChange
            .replace('{possible}', String(quiz.items.length - 1))
            .replace('{all}', String(quiz.items.length)),
        ),
      ).toBeVisible();

      // The teacher scores the answer (level 3 of 4: two thirds of a point) and returns it.
      await page.goto(klass.url);
      await page
        .getByRole('link', {
          name: messages.TeacherDashboard.writtenLink.replace('{quiz}', quiz.title[locale]).replace('{count}', '1'),
        })
        .click();
      await page.getByRole('radio', { name: /^3\. / }).check();
      await expect(
        page.getByText(messages.WrittenScoring.saved.replace('{level}', '3').replace('{name}', 'Ana')),
      ).toBeVisible();
      await page.getByRole('button', { name: messages.WrittenScoring.returnButton }).click();
      await expect(
        page.getByText(messages.WrittenScoring.returned.match(/one \{([^}]*)\}/)![1]!.replace('#', '1')),
      ).toBeVisible();

      // The lesson page says so, and the points show with one decimal at most.
      await student.goto(lessonPath(locale));
      const notice = student.getByRole('region', { name: feedback.heading });
      await expect(notice).toBeVisible();
      const score = messages.QuizCallout.submitted
        .replace('{earned}', locale === 'en' ? '0.7' : '0,7')
        .replace('{possible}', String(quiz.items.length));
      await expect(quizCard).toContainText(score);
      await expect(quizCard).not.toContainText(pending);
      expect(await quizCard.textContent()).not.toMatch(/\d[.,]\d\d/);
      await expectNoAxeViolations(student);
      await student.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(student);
      await student.emulateMedia({ colorScheme: 'light' });

      // So does the home page, once its scripts have asked.
      await student.goto(`/${locale}`);
      await expect(student.getByRole('region', { name: feedback.heading })).toBeVisible();
      await expectNoAxeViolations(student);

      // Opening the results is seeing the feedback: the notice is gone from both pages.
      await student.goto(lessonPath(locale));
      await notice.getByRole('link', { name: feedback.link.replace('{quiz}', quiz.title[locale]) }).click();
      await expect(student).toHaveURL(/\/results\?attempt=/);
      await expect(
        student
          .getByText(messages.QuizResults.teacherComment)
          .or(student.getByText(written.rubric[2]!.label[locale]))
          .first(),
      ).toBeVisible();
      await expect(
        student.getByText(
          messages.QuizResults.score
            .replace('{earned}', locale === 'en' ? '0.7' : '0,7')
            .replace('{possible}', String(quiz.items.length))
            .replace('{percent}', '5'),
        ),
      ).toBeVisible();
      await withLearnerState(student, () => student.goto(lessonPath(locale)));
      await expect(student.getByRole('region', { name: feedback.heading })).toHaveCount(0);
      await withLearnerState(student, () => student.goto(`/${locale}`));
      await expect(student.getByRole('region', { name: feedback.heading })).toHaveCount(0);
      await studentContext.close();
    });
  });
}

for (const { locale, messages } of localesFor('a page that does not exist')) {
  test(`a page that does not exist answers in the address's language, under the app's header (${locale})`, async ({
    page,
  }) => {
    const response = await page.goto(`/${locale}/lessons/${LESSON_SLUG}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.NotFoundPage.title);
    await expect(page.getByRole('navigation', { name: messages.SiteNav.label })).toBeVisible();
    await expect(
      page.getByText(LOCALES.find((other) => other.locale !== locale)!.messages.NotFoundPage.title),
    ).toHaveCount(0);
  });
}
