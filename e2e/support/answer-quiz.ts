import { expect, type Locator, type Page } from '@playwright/test';
import type { QuizItem } from '../../content/quiz-schema';
import type en from '../../messages/en.json';
import { organizationLabel, personName, sentenceText, type Language } from './quiz-content';

type Messages = typeof en;

/** The inputs that answer an item correctly, in the order a student would fill them (`fill`: text to type). */
export function rightInputs(
  page: Page,
  item: QuizItem,
  language: Language,
  messages: Messages,
): { locator: Locator; choose: string | null; fill?: string }[] {
  // The item's form, whether its button says "Check answer" or (deferred feedback) "Save answer".
  const form = page.locator('form:has(input[name="itemId"])');
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options
        .filter((option) => option.correct)
        .map((option) => ({
          locator: form.getByRole(item.type === 'single' ? 'radio' : 'checkbox', {
            name: option.text[language],
            exact: true,
          }),
          choose: null,
        }));
    case 'truefalse':
      return [
        {
          locator: form.getByRole('radio', {
            name: item.answer ? messages.Quiz.true : messages.Quiz.false,
            exact: true,
          }),
          choose: null,
        },
      ];
    case 'evidence':
      return [{ locator: form.getByRole('radio', { name: sentenceText(item.answer[0]!, language) }), choose: null }];
    case 'matching':
      return item.rows.flatMap((row, index) =>
        item.fields.map((field) => ({
          locator: form.getByLabel(
            `${field === 'speaker' ? messages.Quiz.whoSaidIt : messages.Quiz.whichOrganization} (${index + 1})`,
            { exact: true },
          ),
          choose:
            field === 'speaker'
              ? personName(row.answer.speaker!)
              : organizationLabel(row.answer.organization!, language),
        })),
      );
    case 'classification':
      return item.rows.map((row) => ({
        locator: form
          .getByRole('group', { name: row.quote.text[language] })
          .getByRole('radio', { name: messages.Quiz.kinds[row.answer], exact: true }),
        choose: null,
      }));
    case 'written':
      return [
        ...item.evidence.map((id) => ({
          locator: form.getByRole('checkbox', { name: sentenceText(id, language) }),
          choose: null,
        })),
        { locator: form.getByLabel(messages.Quiz.written.answerLabel), choose: null, fill: item.modelAnswer[language] },
      ];
  }
}

/** The item's button: "Check answer", or "Save answer" for a written answer (which its teacher scores). */
export function itemButtonName(item: QuizItem, messages: Messages): string {
  return item.type === 'written' ? messages.Quiz.saveAnswer : messages.Quiz.check;
}

/** Answers the item on screen correctly with the mouse and checks it. */
export async function answerWithMouse(
  page: Page,
  item: QuizItem,
  language: Language,
  messages: Messages,
  check = true,
) {
  for (const { locator, choose, fill } of rightInputs(page, item, language, messages)) {
    if (fill !== undefined) await locator.fill(fill);
    else if (choose) await locator.selectOption({ label: choose });
    else await locator.check();
  }
  if (check) await page.getByRole('button', { name: itemButtonName(item, messages) }).click();
}

/** What the page shows once the item was answered: "Correct!", or for a written answer, that it is saved for the teacher. */
export async function expectAnswered(page: Page, item: QuizItem, messages: Messages) {
  const shown = item.type === 'written' ? messages.Quiz.written.saved : messages.Quiz.feedback.correct;
  await expect(page.getByText(shown, { exact: true })).toBeVisible();
}

/** The items graded when submitted; written answers wait for the teacher and count once scored. */
export const gradedCount = (quiz: { items: QuizItem[] }) => quiz.items.filter((item) => item.type !== 'written').length;

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until the element has focus, as a keyboard user would. */
export async function tabTo(page: Page, locator: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

/** Answers the item on screen correctly with the keyboard only (Tab, arrows, Space, Enter) and checks it. */
export async function answerWithKeyboard(page: Page, item: QuizItem, language: Language, messages: Messages) {
  for (const { locator, choose, fill } of rightInputs(page, item, language, messages)) {
    const type = await locator.evaluate((element) =>
      element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
    );
    if (fill !== undefined) {
      await tabTo(page, locator);
      await page.keyboard.insertText(fill);
    } else if (type === 'select') {
      await tabTo(page, locator);
      for (let presses = 0; presses < 10; presses += 1) {
        const selected = await locator.evaluate(
          (element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent,
        );
        if (selected === choose) break;
        await page.keyboard.press('ArrowDown');
      }
      await expect(locator.locator('option:checked')).toHaveText(choose!);
    } else if (type === 'radio') {
      // Tab enters a radio group once; the arrow keys move (and select) within it.
      const group = locator.locator('xpath=ancestor::fieldset[1]');
      const radios = group.getByRole('radio');
      const first = radios.first();
      await tabTo(page, first);
      for (let presses = 0; presses < 8 && !(await locator.isChecked()); presses += 1) {
        await page.keyboard.press(presses === 0 && !(await first.isChecked()) ? 'Space' : 'ArrowDown');
      }
      await expect(locator).toBeChecked();
    } else {
      await tabTo(page, locator);
      await page.keyboard.press('Space');
      await expect(locator).toBeChecked();
    }
  }
  await tabTo(page, page.getByRole('button', { name: itemButtonName(item, messages) }));
  await page.keyboard.press('Enter');
}
