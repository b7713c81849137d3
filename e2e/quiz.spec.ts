import { expect, test, type Page } from './support/test';
import type { Quiz } from '../content/quiz-schema';
import { answerWithKeyboard, answerWithMouse, expectAnswered, gradedCount, tabTo } from './support/answer-quiz';
import { LESSON_SLUG, localesFor, type LocaleCase } from './support/locales';
import { explanations, quizzes } from './support/quiz-content';

const quizUrl = (locale: string, quizId: string) => `/${locale}/lessons/${LESSON_SLUG}/quiz/${quizId}`;

/** Answers every item right with the mouse, moving on after each feedback, then submits. */
async function completeWithMouse(page: Page, quiz: Quiz, { locale, messages }: LocaleCase) {
  for (const [index, item] of quiz.items.entries()) {
    await expect(
      page.getByText(
        messages.Quiz.progress.replace('{number}', String(index + 1)).replace('{total}', String(quiz.items.length)),
      ),
    ).toBeVisible();
    await answerWithMouse(page, item, locale, messages);
    await expectAnswered(page, item, messages);
    await page
      .getByRole('link', { name: index + 1 < quiz.items.length ? messages.Quiz.next : messages.Quiz.review })
      .click();
  }
  await page.getByRole('button', { name: messages.Quiz.submit }).click();
}

async function expectPerfectResults(page: Page, quiz: Quiz, { messages }: LocaleCase) {
  await expect(page).toHaveURL(/\/results$/);
  // The written answers wait for the teacher: the score counts the other items until then.
  const total = gradedCount(quiz);
  const pending = quiz.items.length - total;
  await expect(page.getByText(messages.QuizResults.waiting, { exact: true })).toHaveCount(pending);
  const score = messages.QuizResults.score
    .replace('{earned}', String(total))
    .replace('{possible}', String(total))
    .replace('{percent}', '100');
  await expect(page.getByText(score)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: new RegExp(`^${messages.QuizResults.itemHeading.replace('{number}', '1')}:`) }),
  ).toBeVisible();
}

for (const locale of localesFor('quizzes')) {
  const { messages } = locale;
  const language = locale.locale;

  test.describe(`quizzes (${language})`, () => {
    test('complete both quizzes with the mouse and see every item explained', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${language}/lessons/${LESSON_SLUG}`);
      await expect(page.getByText(messages.QuizCallout.notStarted)).toHaveCount(2);
      for (const quiz of [quizzes.comprehension, quizzes.attribution]) {
        await page.goto(quizUrl(language, quiz.id));
        await completeWithMouse(page, quiz, locale);
        await expectPerfectResults(page, quiz, locale);
        for (const item of quiz.items.slice(0, 3))
          await expect(page.getByText(item.explanation[language])).toBeVisible();
      }
      await expect(page.getByRole('heading', { name: messages.QuizResults.whoSaidWhat, exact: true })).toBeVisible();
      await expect(page.getByRole('cell', { name: 'William Spindler' }).first()).toBeVisible();
      // The article page now shows both scores, with links to the results.
      await page.goto(`/${language}/lessons/${LESSON_SLUG}`);
      for (const quiz of [quizzes.comprehension, quizzes.attribution]) {
        const total = String(gradedCount(quiz));
        await expect(
          page.getByText(messages.QuizCallout.submitted.replace('{earned}', total).replace('{possible}', total)),
        ).toBeVisible();
      }
    });

    test('complete a quiz with the keyboard only', async ({ page }) => {
      test.setTimeout(120_000);
      const quiz = language === 'en' ? quizzes.attribution : quizzes.comprehension;
      await page.goto(quizUrl(language, quiz.id));
      for (const [index, item] of quiz.items.entries()) {
        await answerWithKeyboard(page, item, language, messages);
        await expectAnswered(page, item, messages);
        const next = page.getByRole('link', {
          name: index + 1 < quiz.items.length ? messages.Quiz.next : messages.Quiz.review,
        });
        await tabTo(page, next);
        await page.keyboard.press('Enter');
      }
      await tabTo(page, page.getByRole('button', { name: messages.Quiz.submit }));
      await page.keyboard.press('Enter');
      await expectPerfectResults(page, quiz, locale);
    });

    test('autosaves, and a reload resumes with every answer and the current question', async ({ page }) => {
      const quiz = quizzes.comprehension;
      await page.goto(quizUrl(language, quiz.id));
      await answerWithMouse(page, quiz.items[0]!, language, messages);
      await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      await page.getByRole('link', { name: messages.Quiz.next }).click();
      await answerWithMouse(page, quiz.items[1]!, language, messages, false); // chosen, not checked
      await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();
      await page.goto(quizUrl(language, quiz.id));
      await expect(
        page.getByText(messages.Quiz.progress.replace('{number}', '2').replace('{total}', String(quiz.items.length))),
      ).toBeVisible();
      // The saved choice of the second item (a single-choice one) is shown again after the reload.
      const second = quiz.items[1]!;
      if (second.type !== 'single')
        throw new Error(
          `the comprehension quiz's second item is ${second.type}, this test expects a single-choice item`,
        );
      await expect(
        page.getByRole('radio', { name: second.options.find((option) => option.correct)!.text[language], exact: true }),
      ).toBeChecked();
      await page.getByRole('link', { name: messages.Quiz.previous }).click();
      await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
    });

    test('keeps answers given offline and saves them when the network returns', async ({ page, context }) => {
      test.setTimeout(60_000);
      const quiz = quizzes.attribution;
      await page.goto(quizUrl(language, quiz.id));
      await answerWithMouse(page, quiz.items[0]!, language, messages);
      await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      await context.setOffline(true);
      for (const index of [1, 2, 3]) {
        await page.getByRole('link', { name: messages.Quiz.next }).click();
        await answerWithMouse(page, quiz.items[index]!, language, messages);
      }
      await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.offline })).toBeVisible();
      await context.setOffline(false);
      await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible({
        timeout: 20_000,
      });
      await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      // Every answer reached the server: a fresh page shows all four checked.
      for (const index of [0, 1, 2, 3]) {
        await page.goto(`${quizUrl(language, quiz.id)}?q=${index + 1}`);
        await expect(page.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();
      }
    });

    test('sends no answer key or explanation before an item is answered', async ({ page }) => {
      const quiz = quizzes.comprehension;
      // Everything the server sends except JavaScript code: documents, RSC payloads, Server Action results.
      // The listener keeps each body's promise, and every read below awaits them all, so a late body is never missed.
      const pending: Promise<string>[] = [];
      page.on('response', (response) => {
        if (!(response.headers()['content-type'] ?? '').includes('javascript'))
          pending.push(response.text().catch(() => ''));
      });
      const received = async () => {
        await page.waitForLoadState('networkidle');
        return Promise.all(pending);
      };
      await page.goto(quizUrl(language, quiz.id));
      const bodies = await received();
      // The page's own document is among them: the listener saw the traffic it is meant to check.
      expect(bodies.some((body) => body.includes(`<html lang="${language}"`))).toBe(true);
      const html = await (await page.request.get(quizUrl(language, quiz.id))).text();
      const scripts = await page
        .locator('script[src]')
        .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
      const chunks = await Promise.all(scripts.map(async (src) => (await page.request.get(src)).text()));
      const data = [html, ...bodies].join('\n');
      const code = chunks.join('\n');
      for (const explanation of [...explanations(quiz, 'en'), ...explanations(quiz, 'es')]) {
        expect(data.includes(explanation) || code.includes(explanation), explanation).toBe(false);
      }
      // No key in the data: no correct flags, no right option ids, no misconception tags.
      for (const marker of ['"correct":true', 'correctOptionIds', 'misconception', '"answer":'])
        expect(data.includes(marker), marker).toBe(false);

      // After answering the first item, its explanation arrives, and still no other.
      await answerWithMouse(page, quiz.items[0]!, language, messages);
      await expect(page.getByText(quiz.items[0]!.explanation[language])).toBeVisible();
      const later = await received();
      // The check's answer (a Server Action response, after the first read) reached the listener too.
      expect(later.length).toBeGreaterThan(bodies.length);
      const after = [await (await page.request.get(quizUrl(language, quiz.id))).text(), ...later].join('\n');
      expect(after.includes(quiz.items[0]!.explanation[language])).toBe(true);
      for (const item of quiz.items.slice(1)) expect(after.includes(item.explanation[language]), item.id).toBe(false);
    });
  });
}

for (const locale of localesFor('quiz without JavaScript')) {
  const language = locale.locale;

  test.describe(`quiz without JavaScript (${language})`, () => {
    test.use({ javaScriptEnabled: false });

    test('each item is a form: answer, see the result, move on, submit', async ({ page }) => {
      test.setTimeout(120_000);
      const quiz = language === 'en' ? quizzes.comprehension : quizzes.attribution;
      await page.goto(quizUrl(language, quiz.id));
      await completeWithMouse(page, quiz, locale);
      await expectPerfectResults(page, quiz, locale);
    });
  });
}
