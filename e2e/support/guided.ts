import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckpointQuiz } from '../../content/quiz-schema';
import type { Section } from '../../content/sections-schema';
import { expect, type Page } from './test';
import type en from '../../messages/en.json';

// Guided reading's content, with its keys, for the browser tests: sections and the checkpoint questions behind them.

const dir = path.join(process.cwd(), 'content', 'lessons', 'zero-tolerance');
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;

export const sections = read<{ sections: Section[] }>('sections.json').sections;
export const checkpoints = read<CheckpointQuiz>('quizzes/checkpoints.json');
export const checkpoint = (id: string) => checkpoints.items.find((item) => item.id === id)!;

/** The fields a checkpoint's form posts without JavaScript for its right (or a wrong) answer. */
export function checkpointAnswer(id: string, right = true): Record<string, string> {
  const item = checkpoint(id);
  if (item.type === 'truefalse') return { itemType: 'truefalse', value: String(right ? item.answer : !item.answer) };
  if (item.type !== 'single') throw new Error(`checkpoint ${id} must be single-choice or true/false for the tests`);
  return { itemType: 'single', optionId: item.options.find((option) => option.correct === right)!.id };
}

/** Answers a checkpoint on the guided page, as a student does with the mouse, and waits for its feedback. */
export async function answerCheckpoint(
  page: Page,
  id: string,
  language: 'en' | 'es',
  messages: typeof en,
  right = true,
): Promise<void> {
  const item = checkpoint(id);
  const form = page.locator(`form[id="${id}"]`);
  const label =
    item.type === 'truefalse'
      ? (right ? item.answer : !item.answer)
        ? messages.Quiz.true
        : messages.Quiz.false
      : item.type === 'single'
        ? item.options.find((option) => option.correct === right)!.text[language]
        : '';
  await form.getByRole('radio', { name: label, exact: true }).check();
  await form.getByRole('button', { name: messages.Quiz.check }).click();
  await expect(
    form.getByText(right ? messages.Quiz.feedback.correct : messages.Quiz.feedback.incorrect, { exact: true }),
  ).toBeVisible();
}

/** The section headings the guided page shows ("Part 2 of 4"). */
export const partHeadings = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^(Part|Parte) \d+ (of|de) \d+$/ });
