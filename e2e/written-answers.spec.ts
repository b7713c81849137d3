import { expect, test, type Page } from './support/test';
import type { QuizItem } from '../content/quiz-schema';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, LOCALES } from './support/locales';
import { quizzes, sentenceText } from './support/quiz-content';

type Written = Extract<QuizItem, { type: 'written' }>;
type Messages = (typeof LOCALES)[number]['messages'];

const quiz = quizzes.comprehension;
const position = quiz.items.findIndex((item) => item.type === 'written') + 1;
const item = quiz.items[position - 1] as Written;
const quizUrl = (locale: string, query = '') => `/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}${query}`;
const counter = (messages: Messages, count: number) =>
  messages.Quiz.written.counter.replace('{count}', String(count)).replace('{max}', '600');

// Markup, a spreadsheet formula and an emoji: stored as typed and shown as plain text, never run or rendered.
const HOSTILE = '<b>Because</b> =SUM(A1) the office says separation violates a child’s rights 👍';

/** Unchecks every picked sentence (the checked set shrinks as it goes, so always the first). */
async function uncheckAll(page: Page) {
  const checked = page.getByRole('checkbox', { checked: true });
  while ((await checked.count()) > 0) await checked.first().uncheck();
}

async function submitQuiz(page: Page, locale: string, messages: Messages) {
  await page.goto(quizUrl(locale, `?q=${quiz.items.length + 1}`));
  await page.getByRole('button', { name: messages.Quiz.submit }).click();
  await expect(page).toHaveURL(/\/results$/);
}

/** The results show the answer as typed, the picked sentence, "waiting for your teacher", and no model answer yet. */
async function expectWaitingForTeacher(page: Page, language: 'en' | 'es', messages: Messages, text: string) {
  const result = page.getByRole('listitem').filter({ hasText: item.prompt[language] });
  await expect(result.getByText(messages.QuizResults.waiting, { exact: true })).toBeVisible();
  await expect(result.getByText(text, { exact: true })).toBeVisible();
  await expect(result.locator('b')).toHaveCount(0);
  await expect(result.getByText(sentenceText(item.evidence[0]!, language))).toBeVisible();
  await expect(page.getByText(item.modelAnswer[language])).toHaveCount(0);
  await expect(page.getByText(item.explanation[language])).toHaveCount(0);
}

for (const { locale, messages } of LOCALES) {
  const other = locale === 'en' ? 'es' : 'en';

  test.describe(`written answers (${locale})`, () => {
    test('write with evidence in the other language, find it after a reload, submit, and wait for the teacher', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.goto(quizUrl(locale, `?q=${position}`));
      await expect(page.getByRole('group', { name: item.prompt[locale] })).toBeVisible();
      await expect(page.getByText(counter(messages, 0))).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('radio', { name: other === 'en' ? 'English' : 'Español', exact: true }).check();
      await page.getByLabel(messages.Quiz.written.answerLabel).fill(HOSTILE);
      await expect(page.getByText(counter(messages, [...HOSTILE].length))).toBeVisible();
      // Saved while typing, after a pause, without pressing anything.
      await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();

      // No more than three sentences can be picked.
      const boxes = page.getByRole('group', { name: messages.Quiz.written.evidenceLegend.replace('{max}', '3') });
      for (const box of (await boxes.getByRole('checkbox').all()).slice(0, 4))
        if (await box.isEnabled()) await box.check();
      await expect(boxes.getByRole('checkbox', { checked: true })).toHaveCount(3);
      await expect(boxes.getByRole('checkbox', { disabled: true })).toHaveCount(item.choices.length - 3);
      await uncheckAll(page);
      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(page.getByText(messages.Quiz.written.saved)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();

      await page.reload();
      await expect(page.getByLabel(messages.Quiz.written.answerLabel)).toHaveValue(HOSTILE);
      await expect(page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) })).toBeChecked();
      await expect(boxes.getByRole('checkbox', { checked: true })).toHaveCount(1);
      await expect(
        page.getByRole('radio', { name: other === 'en' ? 'English' : 'Español', exact: true }),
      ).toBeChecked();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'light' });

      await submitQuiz(page, locale, messages);
      await expectWaitingForTeacher(page, locale, messages, HOSTILE);
      // One written answer waits; the other, left empty, counts as zero like any unanswered question.
      await expect(
        page.getByText(locale === 'en' ? /^1 written answer is waiting/ : /^1 respuesta escrita espera/),
      ).toBeVisible();
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
    });
  });

  test.describe(`written answers without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    test('save with the button, change it, be refused a fourth sentence, submit', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(quizUrl(locale, `?q=${position}`));
      const answer = page.getByLabel(messages.Quiz.written.answerLabel);
      await answer.fill('First line.\nSecond line.');
      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(page).toHaveURL(new RegExp(`\\?q=${position}$`));
      await expect(page.getByText(messages.Quiz.written.saved)).toBeVisible();
      await expect(answer).toHaveValue('First line.\nSecond line.');

      // Four sentences: refused with the written answer's own message, and the saved answer is kept as it was.
      for (const box of (await page.getByRole('checkbox').all()).slice(0, 4)) await box.check();
      await answer.fill('Should not be stored.');
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(page.getByRole('alert')).toHaveText(
        messages.Quiz.errors.written.replace('{max}', '600').replace('{picks}', '3'),
      );
      await expect(answer).toHaveValue('First line.\nSecond line.');

      await answer.fill(HOSTILE);
      await uncheckAll(page);
      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(answer).toHaveValue(HOSTILE);
      await submitQuiz(page, locale, messages);
      await expectWaitingForTeacher(page, locale, messages, HOSTILE);
    });
  });
}
