// What a simulated student answers: the lesson's real items (content/lessons/…/quizzes/*.json) and responses in the
// shapes of lib/grading/responses.ts. A student first picks something (a partial or first-choice answer), sometimes
// changes it, then checks a final answer that is right about 70 % of the time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quiz, QuizItem } from '../../content/quiz-schema';
import type { ItemResponse } from '../../lib/grading/responses';

export const LESSON_SLUG = 'zero-tolerance';
export const QUIZ_IDS = ['comprehension', 'attribution'] as const;

/** The saves a student sends for one item, in order; the last one is checked. */
export type ItemPlan = { itemId: string; responses: ItemResponse[] };

/** The quiz files as the app reads them. Only the ids and answer keys are used, so no schema defaults matter. */
export function loadQuizzes(): Quiz[] {
  return QUIZ_IDS.map(
    (id) =>
      JSON.parse(readFileSync(path.join('content', 'lessons', LESSON_SLUG, 'quizzes', `${id}.json`), 'utf8')) as Quiz,
  );
}

/** The right response to an item. */
function rightResponse(item: QuizItem): ItemResponse {
  switch (item.type) {
    case 'single':
      return { optionId: (item.options.find((option) => option.correct === true) ?? item.options[0]!).id };
    case 'multiple':
      return { optionIds: item.options.filter((option) => option.correct === true).map((option) => option.id) };
    case 'truefalse':
      return { value: item.answer };
    case 'evidence':
      return { sentenceId: item.answer[0]! };
    case 'matching':
      return { rows: Object.fromEntries(item.rows.map((row) => [row.id, { ...row.answer }])) };
    case 'classification':
      return { rows: Object.fromEntries(item.rows.map((row) => [row.id, row.answer])) };
    case 'written':
      // The model answer (300 to 500 characters), the length a student who writes two or three sentences types.
      return { text: item.modelAnswer.en, evidence: item.evidence, language: 'en' };
  }
}

/** A first pick: the first option, or only the first row filled in (what the quiz page saves while one fills it). */
function firstPick(item: QuizItem): ItemResponse {
  switch (item.type) {
    case 'single':
      return { optionId: item.options[0]!.id };
    case 'multiple':
      return { optionIds: [item.options[0]!.id] };
    case 'truefalse':
      return { value: !item.answer };
    case 'evidence':
      return { sentenceId: item.choices[0]!.sentenceId };
    case 'matching': {
      const row = item.rows[0]!;
      return { rows: { [row.id]: { ...row.answer } } };
    }
    case 'classification': {
      const row = item.rows[0]!;
      return { rows: { [row.id]: row.answer } };
    }
    case 'written': {
      // A draft as the autosave sends it while the student types: the answer's first half, no evidence yet.
      const text = item.modelAnswer.en;
      return { text: text.slice(0, Math.ceil(text.length / 2)), evidence: [], language: 'en' };
    }
  }
}

/** One student's saves for every item of a quiz: one or two picks, then the final (checked) answer. */
export function planQuiz(quiz: Quiz, random: () => number): ItemPlan[] {
  return quiz.items.map((item) => {
    const picks = random() < 0.3 ? [firstPick(item), rightResponse(item)] : [firstPick(item)];
    const final = random() < 0.7 ? rightResponse(item) : firstPick(item);
    return { itemId: item.id, responses: [...picks, final] };
  });
}
