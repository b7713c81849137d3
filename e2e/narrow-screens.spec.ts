import { expect, test, type Page } from './support/test';
import { answerWithMouse } from './support/answer-quiz';
import { expectNoAxeViolations } from './support/axe';
import { openDemoClass } from './support/demo';
import { LESSON_SLUG, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedStudent, seedTeacher } from './support/seed';

// Nothing wider than a 360 px phone: every page a student or a teacher opens, in both languages, at 360x740, with
// real content (the demo class's 28 students, a student's own quiz). A page wider than the screen hides what is off
// to the side and makes a phone scroll both ways.

const PHONE = { width: 360, height: 740 };

/** The page's width, and when it is too wide, the elements that reach past the screen's edge (for the message). */
async function widthOf(page: Page) {
  return page.evaluate((limit) => {
    const width = document.documentElement.scrollWidth;
    const culprits =
      width <= limit
        ? []
        : [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
            .filter(
              (element) => ![...element.children].some((child) => child.getBoundingClientRect().right > limit + 0.5),
            )
            .slice(0, 5)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.slice(0, 40)}"`,
            );
    return { width, culprits };
  }, PHONE.width);
}

async function expectFits(page: Page, path: string) {
  if (path) await page.goto(path);
  await page.waitForLoadState('load');
  const { width, culprits } = await widthOf(page);
  expect.soft({ path: path || page.url(), width, culprits }).toEqual({
    path: path || page.url(),
    width: PHONE.width,
    culprits: [],
  });
}

for (const { locale, messages } of localesFor('at 360 px')) {
  test.describe(`at 360 px (${locale})`, () => {
    test.use({ viewport: PHONE });

    test('every student page fits the screen', async ({ page, context, browser, baseURL }) => {
      test.setTimeout(180_000);
      for (const path of [
        '',
        '/privacy',
        '/join',
        '/join/resume',
        '/teacher/signin',
        '/teacher/signup',
        '/no-such-page',
      ])
        await expectFits(page, `/${locale}${path}`);
      const lesson = `/${locale}/lessons/${LESSON_SLUG}`;
      for (const path of [lesson, `${lesson}?view=bilingual`, `${lesson}/quiz/comprehension?q=1`])
        await expectFits(page, path);

      // A student of a class, through both quizzes' pages and a submitted quiz's results.
      const klass = await seedClass(await seedTeacher(await browser.newContext(), baseURL!), `Phone ${locale}`, locale);
      await seedStudent(context, baseURL!, klass, 'Valentina Esperanza de los Ángeles');
      await expectFits(page, `/${locale}`);
      await expectFits(page, lesson);
      for (const quiz of Object.values(quizzes)) {
        for (const [index, item] of quiz.items.entries())
          if (index === 0 || item.type !== quiz.items[index - 1]!.type)
            await expectFits(page, `${lesson}/quiz/${quiz.id}?q=${index + 1}`);
      }
      const quiz = quizzes.comprehension;
      await page.goto(`${lesson}/quiz/${quiz.id}?q=1`);
      await answerWithMouse(page, quiz.items[0]!, locale, messages);
      await page.goto(`${lesson}/quiz/${quiz.id}?q=${quiz.items.length + 1}`);
      await expectFits(page, '');
      await page.getByRole('button', { name: messages.Quiz.submit }).click();
      await expect(page).toHaveURL(/\/results$/);
      await expectFits(page, '');
    });

    test('every teacher page fits the screen, on the demo class', async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const { page, classUrl } = await openDemoClass(browser, baseURL!, locale, messages);
      await page.setViewportSize(PHONE);
      await expectFits(page, classUrl);
      const student = await page
        .locator('section[aria-labelledby="overview"] a[href*="/students/"]')
        .first()
        .getAttribute('href');
      for (const path of [
        `/${locale}/teacher`,
        `/${locale}/teacher/account`,
        `/${locale}/teacher/lessons/${LESSON_SLUG}/notes`,
        `${classUrl}/live`,
        student!,
        ...Object.values(quizzes).flatMap((quiz) => [
          `${classUrl}/analysis/${quiz.id}`,
          `${classUrl}/written/${quiz.id}`,
        ]),
      ])
        await expectFits(page, path);

      // The pages this issue changed for teachers, in dark mode (light mode: e2e/accessibility.spec.ts).
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const path of [`/${locale}/teacher`, `${classUrl}/analysis/comprehension`, student!]) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
    });
  });
}
