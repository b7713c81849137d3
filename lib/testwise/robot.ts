import type { Article, Voices } from '@/content/lesson-schema';
import { isAutoGraded, type AutoGradedItem, type Quiz } from '@/content/quiz-schema';
import { contentWords, sharedWords, type Language } from '@/content/text-cues';
import { gradeItem } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import { displayOrder } from '@/lib/quiz/option-order';
import { seededRandom } from '@/lib/seeded-random';

// A test-wise robot: strategies that never read the article take a quiz the way the page shows it (options in each
// attempt's order) and are graded by the real grading code. Written answers are scored by the teacher, so only the
// machine-graded items are measured. A quiz is sound when none of them beats chance by much.

export const STRATEGIES = [
  'first',
  'longest',
  'shortest',
  'prompt-words',
  'always-true',
  'always-false',
  'random',
] as const;
export type Strategy = (typeof STRATEGIES)[number];

type Kind = 'quote' | 'paraphrase' | 'reporter';
const KINDS: Kind[] = ['quote', 'paraphrase', 'reporter'];

/** Words the page shows that are not in the content: the true/false and kind labels, in one language. */
export type PageLabels = { true: string; false: string; kinds: Record<Kind, string> };

export type RobotContext = { article: Article; voices: Voices; language: Language; labels: PageLabels };

type Choice = { id: string; text: string };

/** A choice the robot may rank: its id, what it reads, and where the page shows it. */
type Ranked = Choice & { place: number };

/** Orders choices best-first by the strategy's cue; ties keep the page's order. */
function rank(strategy: Strategy, choices: Choice[], cue: ReadonlySet<string>, language: Language): Choice[] {
  const placed: Ranked[] = choices.map((choice, place) => ({ ...choice, place }));
  const score = (choice: Ranked): number => {
    if (strategy === 'longest') return choice.text.length;
    if (strategy === 'shortest') return -choice.text.length;
    if (strategy === 'prompt-words') return sharedWords(cue, choice.text, language);
    return 0;
  };
  return placed.sort((a, b) => score(b) - score(a) || a.place - b.place);
}

/** The true/false strategies guess at random everywhere else, so that their score measures the true/false keys alone. */
function guessesAtRandom(strategy: Strategy): boolean {
  return strategy === 'random' || strategy === 'always-true' || strategy === 'always-false';
}

function pickOne(
  strategy: Strategy,
  choices: Choice[],
  cue: ReadonlySet<string>,
  language: Language,
  random: () => number,
): string {
  if (guessesAtRandom(strategy)) return choices[Math.floor(random() * choices.length)]!.id;
  return rank(strategy, choices, cue, language)[0]!.id;
}

/** The robot's response to one item, from what the page shows in this attempt. */
function robotResponse(
  item: AutoGradedItem,
  strategy: Strategy,
  seed: number,
  context: RobotContext,
  random: () => number,
): ItemResponse {
  const { article, voices, language, labels } = context;
  const order = displayOrder(item, voices, seed);
  const stem = [item.prompt[language], item.quote?.text[language] ?? ''].join(' ');
  const cue = contentWords(stem, language);
  const one = (choices: Choice[], extraCue = '') =>
    pickOne(strategy, choices, extraCue ? contentWords(`${stem} ${extraCue}`, language) : cue, language, random);
  switch (item.type) {
    case 'single':
      return { optionId: one(order.options.map((option) => ({ id: option.id, text: option.text[language] }))) };
    case 'multiple': {
      const options = order.options.map((option) => ({ id: option.id, text: option.text[language] }));
      if (guessesAtRandom(strategy))
        return { optionIds: options.filter(() => random() < 0.5).map((option) => option.id) };
      // Not knowing how many are right, the robot takes the better half by its cue.
      return {
        optionIds: rank(strategy, options, cue, language)
          .slice(0, Math.ceil(options.length / 2))
          .map((option) => option.id),
      };
    }
    case 'truefalse': {
      if (strategy === 'always-false') return { value: false };
      // "True" is the first choice shown, and a statement has no options to compare with the prompt.
      if (strategy === 'always-true' || strategy === 'first' || strategy === 'prompt-words') return { value: true };
      if (strategy === 'longest') return { value: labels.true.length >= labels.false.length };
      if (strategy === 'shortest') return { value: labels.true.length <= labels.false.length };
      return { value: random() < 0.5 };
    }
    case 'evidence': {
      const sentences = new Map(
        article.paragraphs
          .flatMap((paragraph) => paragraph.sentences)
          .map((sentence) => [sentence.id, sentence[language]]),
      );
      return {
        sentenceId: one(
          item.choices.map((choice) => ({ id: choice.sentenceId, text: sentences.get(choice.sentenceId) ?? '' })),
        ),
      };
    }
    case 'matching': {
      const people = order.people.map((person) => ({ id: person.id, text: person.name }));
      const organizations = order.organizations.map((organization) => ({
        id: organization.id,
        text: organization.label[language],
      }));
      const rows: Record<string, { speaker?: string; organization?: string }> = {};
      for (const row of item.rows) {
        const subject =
          row.quote?.text[language] ?? voices.people.find((person) => person.id === row.person)?.name ?? '';
        rows[row.id] = Object.fromEntries(
          item.fields.map((field) => [field, one(field === 'speaker' ? people : organizations, subject)]),
        );
      }
      return { rows };
    }
    case 'classification': {
      const kinds = KINDS.map((kind) => ({ id: kind, text: labels.kinds[kind] }));
      return {
        rows: Object.fromEntries(item.rows.map((row) => [row.id, one(kinds, row.quote.text[language]) as Kind])),
      };
    }
  }
}

/** The percent a strategy scores on one attempt whose options are shuffled with `seed`. */
function attemptPercent(quiz: Quiz, strategy: Strategy, seed: number, context: RobotContext): number {
  const random = seededRandom(seed ^ 0x5bd1e995);
  const items = quiz.items.filter(isAutoGraded);
  const earned = items.reduce(
    (sum, item) => sum + gradeItem(item, robotResponse(item, strategy, seed, context, random)).score,
    0,
  );
  return (earned / items.length) * 100;
}

/** A strategy's mean percent over `attempts` attempts, each with its own option order. */
export function strategyMean(quiz: Quiz, strategy: Strategy, context: RobotContext, attempts: number): number {
  let total = 0;
  for (let attempt = 1; attempt <= attempts; attempt += 1)
    total += attemptPercent(quiz, strategy, attempt * 7919, context);
  return total / attempts;
}

/**
 * Every response a random student could give, in independent parts whose expected scores add up: the whole item
 * for one-answer items, one row at a time for matching and classification (each row is graded on its own, and the
 * item's score is the mean of its rows), so the exact chance score comes from the real grading code.
 */
function responseParts(item: AutoGradedItem, voices: Voices): ItemResponse[][] {
  switch (item.type) {
    case 'single':
      return [item.options.map((option) => ({ optionId: option.id }))];
    case 'multiple':
      return [
        Array.from({ length: 2 ** item.options.length }, (_, mask) => ({
          optionIds: item.options.filter((_, index) => mask & (1 << index)).map((option) => option.id),
        })),
      ];
    case 'truefalse':
      return [[{ value: true }, { value: false }]];
    case 'evidence':
      return [item.choices.map((choice) => ({ sentenceId: choice.sentenceId }))];
    case 'matching': {
      const speakers = item.fields.includes('speaker') ? voices.people.map((person) => person.id) : [undefined];
      const organizations = item.fields.includes('organization')
        ? voices.organizations.map((organization) => organization.id)
        : [undefined];
      return item.rows.map((row) =>
        speakers.flatMap((speaker) =>
          organizations.map((organization) => ({ rows: { [row.id]: { speaker, organization } } })),
        ),
      );
    }
    case 'classification':
      return item.rows.map((row) => KINDS.map((kind) => ({ rows: { [row.id]: kind } })));
  }
}

/** The exact mean percent of a student who answers every item at random (each response equally likely). */
export function chancePercent(quiz: Quiz, voices: Voices): number {
  const mean = (responses: ItemResponse[], item: AutoGradedItem) =>
    responses.reduce((total, response) => total + gradeItem(item, response).score, 0) / responses.length;
  const items = quiz.items.filter(isAutoGraded);
  const expected = items.reduce(
    (sum, item) => sum + responseParts(item, voices).reduce((total, part) => total + mean(part, item), 0),
    0,
  );
  return (expected / items.length) * 100;
}

export type RobotRow = { quizId: string; language: Language; chance: number; means: Record<Strategy, number> };

/** The robot's table for one quiz in one language. */
export function runRobot(quiz: Quiz, context: RobotContext, attempts: number): RobotRow {
  const means = Object.fromEntries(
    STRATEGIES.map((strategy) => [strategy, strategyMean(quiz, strategy, context, attempts)]),
  ) as Record<Strategy, number>;
  return { quizId: quiz.id, language: context.language, chance: chancePercent(quiz, context.voices), means };
}
