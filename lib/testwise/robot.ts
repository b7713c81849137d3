import type { Article, Voices } from '@/content/lesson-schema';
import { isAutoGraded, type AutoGradedItem, type AnyQuiz } from '@/content/quiz-schema';
import { contentWords, sharedWords, type Language } from '@/content/text-cues';
import { quizCues, shareKnown, soundsAbsolute, type QuizCues } from './cues';
import { gradeItem } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import { displayOrder } from '@/lib/quiz/option-order';
import { seededRandom } from '@/lib/seeded-random';

// A test-wise robot: strategies that never understand the article take a quiz the way the page shows it (options in
// each attempt's order) and are graded by the real grading code. Some read nothing but the options, some match words
// (the prompt's, the article's, the other items'), none knows what the article means. Written answers are scored by
// the teacher, so only the machine-graded items are measured. A quiz is sound when none of them beats chance by much.

export const STRATEGIES = [
  'first',
  'longest',
  'shortest',
  'prompt-words',
  'always-true',
  'always-false',
  'random',
  'article-words',
  'evidence-first',
  'evidence-last',
  'other-items',
  'like-the-others',
  'no-absolutes',
] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** What each strategy does, for the content check's table and docs/content.md. */
export const STRATEGY_NOTES: Record<Strategy, string> = {
  first: 'the first choice shown',
  longest: 'the longest choice',
  shortest: 'the shortest choice',
  'prompt-words': 'the choice sharing most words with the prompt (multiple select: the better half by each cue)',
  'always-true': 'true/false: always true (elsewhere at random)',
  'always-false': 'true/false: always false (elsewhere at random)',
  random: 'every answer at random',
  'article-words':
    'the option whose words the article uses most (a reader who scans for matching words); true/false: true when the statement’s words are the article’s',
  'evidence-first': 'evidence: the first sentence listed (elsewhere at random)',
  'evidence-last': 'evidence: the last sentence listed (elsewhere at random)',
  'other-items':
    'what the quiz’s other items show: the option sharing most words with them, a person’s organization from an option that names both',
  'like-the-others':
    'the option sharing most words with the other options of its item (distractors built from the key)',
  'no-absolutes': 'never an option that says never, always, only, all…; true/false: false when it does',
};

type Kind = 'quote' | 'paraphrase' | 'reporter';
const KINDS: Kind[] = ['quote', 'paraphrase', 'reporter'];

/** Words the page shows that are not in the content: the true/false and kind labels, in one language. */
export type PageLabels = { true: string; false: string; kinds: Record<Kind, string> };

export type RobotContext = { article: Article; voices: Voices; language: Language; labels: PageLabels };

type Choice = { id: string; text: string };

/** How a strategy values a choice among others (higher is better), or null when it guesses at random. */
type Scorer = ((choice: Choice, all: readonly Choice[]) => number) | null;

/** Orders choices best-first by the scorer; ties keep the page's order. */
function rank(choices: readonly Choice[], score: NonNullable<Scorer>): Choice[] {
  return choices
    .map((choice, place) => ({ choice, place, value: score(choice, choices) }))
    .sort((a, b) => b.value - a.value || a.place - b.place)
    .map(({ choice }) => choice);
}

function pick(choices: readonly Choice[], score: Scorer, random: () => number): string {
  if (!score) return choices[Math.floor(random() * choices.length)]!.id;
  return rank(choices, score)[0]!.id;
}

/** The words the robot matches for an item, in the quiz's language. */
type ItemCues = { stem: ReadonlySet<string>; cues: QuizCues; itemId: string };

/** How a strategy values an item's options (single, multiple, evidence); null where it guesses. */
function optionScorer(strategy: Strategy, { stem, cues, itemId }: ItemCues, evidence: boolean): Scorer {
  const { language } = cues;
  switch (strategy) {
    case 'first':
      return () => 0;
    case 'longest':
      return (choice) => choice.text.length;
    case 'shortest':
      return (choice) => -choice.text.length;
    case 'prompt-words':
      return (choice) => sharedWords(stem, choice.text, language);
    // Every evidence choice is a sentence of the article: matching its words tells them nothing apart.
    case 'article-words':
      return evidence ? null : (choice) => shareKnown(cues.articleWords, choice.text, language);
    case 'evidence-first':
      return evidence ? () => 0 : null;
    case 'evidence-last':
      return evidence ? (_choice, all) => all.indexOf(_choice) : null;
    case 'other-items':
      return (choice) => sharedWords(cues.otherWords(itemId), choice.text, language);
    case 'like-the-others':
      return (choice, all) =>
        all
          .filter((other) => other !== choice)
          .reduce((sum, other) => sum + sharedWords(contentWords(other.text, language), choice.text, language), 0);
    case 'no-absolutes':
      return (choice) => (soundsAbsolute(choice.text, language) ? -1 : 0);
    default:
      return null;
  }
}

/** A true/false answer by the strategy's cue, or null to guess. */
function trueFalse(strategy: Strategy, statement: string, cues: QuizCues, itemId: string, labels: PageLabels) {
  const { language } = cues;
  switch (strategy) {
    case 'always-true':
    case 'first': // "True" is the first choice shown
    case 'prompt-words': // a statement has no options to compare with it
      return true;
    case 'always-false':
      return false;
    case 'longest':
      return labels.true.length >= labels.false.length;
    case 'shortest':
      return labels.true.length <= labels.false.length;
    case 'article-words':
      return shareKnown(cues.articleWords, statement, language) >= 0.8;
    case 'other-items':
      return shareKnown(cues.otherWords(itemId), statement, language) >= 0.5;
    case 'no-absolutes':
      return !soundsAbsolute(statement, language);
    default:
      return null;
  }
}

/** The last word of a name ("Spindler"), which is how the quiz's texts mostly refer to a person. */
const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/**
 * The 'other-items' strategy on a matching row: the other items' texts that mention the row (its person's surname,
 * or two of its quotation's words) are read for the people and organizations they name together.
 */
function matchingFromOtherItems(
  field: 'speaker' | 'organization',
  subject: { person?: string; quote?: string },
  context: { cues: QuizCues; itemId: string; people: Choice[]; organizations: Choice[] },
): Scorer {
  const { cues, itemId, people } = context;
  const { language } = cues;
  const texts = cues.otherTexts(itemId);
  const mentioning = (name: string) => texts.filter((text) => text.toLowerCase().includes(surname(name)));
  const aboutQuote = subject.quote
    ? texts.filter((text) => sharedWords(contentWords(subject.quote!, language), text, language) >= 2)
    : [];
  const speakerScore = (choice: Choice) =>
    aboutQuote.filter((text) => text.toLowerCase().includes(surname(choice.text))).length;
  if (field === 'speaker') return speakerScore;
  // The organization of the row's person, or of the speaker the quote's neighbours name most.
  const person = subject.person ?? (aboutQuote.length ? rank(people, speakerScore)[0]!.text : undefined);
  if (!person) return () => 0;
  const near = contentWords(mentioning(person).join(' '), language);
  return (choice) => sharedWords(near, choice.text, language);
}

/** The robot's response to one item, from what the page shows in this attempt. */
function robotResponse(
  item: AutoGradedItem,
  strategy: Strategy,
  seed: number,
  context: RobotContext & { cues: QuizCues },
  random: () => number,
): ItemResponse {
  const { article, voices, language, labels, cues } = context;
  const order = displayOrder(item, voices, seed);
  const stemText = [item.prompt[language], item.quote?.text[language] ?? ''].join(' ');
  const itemCues: ItemCues = { stem: contentWords(stemText, language), cues, itemId: item.id };
  switch (item.type) {
    case 'single': {
      const options = order.options.map((option) => ({ id: option.id, text: option.text[language] }));
      return { optionId: pick(options, optionScorer(strategy, itemCues, false), random) };
    }
    case 'multiple': {
      const options = order.options.map((option) => ({ id: option.id, text: option.text[language] }));
      const score = optionScorer(strategy, itemCues, false);
      if (!score) return { optionIds: options.filter(() => random() < 0.5).map((option) => option.id) };
      // Not knowing how many are right, the robot takes the better half by its cue.
      return {
        optionIds: rank(options, score)
          .slice(0, Math.ceil(options.length / 2))
          .map((option) => option.id),
      };
    }
    case 'truefalse': {
      const answer = trueFalse(strategy, item.prompt[language], cues, item.id, labels);
      return { value: answer ?? random() < 0.5 };
    }
    case 'evidence': {
      const sentences = new Map(
        article.paragraphs
          .flatMap((paragraph) => paragraph.sentences)
          .map((sentence) => [sentence.id, sentence[language]]),
      );
      const choices = item.choices.map((choice) => ({
        id: choice.sentenceId,
        text: sentences.get(choice.sentenceId) ?? '',
      }));
      return { sentenceId: pick(choices, optionScorer(strategy, itemCues, true), random) };
    }
    case 'matching': {
      const people = order.people.map((person) => ({ id: person.id, text: person.name }));
      const organizations = order.organizations.map((organization) => ({
        id: organization.id,
        text: organization.label[language],
      }));
      const rows: Record<string, { speaker?: string; organization?: string }> = {};
      for (const row of item.rows) {
        const person = voices.people.find((candidate) => candidate.id === row.person)?.name;
        const quote = row.quote?.text[language];
        const subject = quote ?? person ?? '';
        rows[row.id] = Object.fromEntries(
          item.fields.map((field) => {
            const choices = field === 'speaker' ? people : organizations;
            const score =
              strategy === 'other-items'
                ? matchingFromOtherItems(field, { person, quote }, { cues, itemId: item.id, people, organizations })
                : matchingScorer(strategy, { ...itemCues, stem: contentWords(`${stemText} ${subject}`, language) });
            return [field, pick(choices, score, random)];
          }),
        );
      }
      return { rows };
    }
    case 'classification': {
      const kinds = KINDS.map((kind) => ({ id: kind, text: labels.kinds[kind] }));
      return {
        rows: Object.fromEntries(
          item.rows.map((row) => {
            const cue = { ...itemCues, stem: contentWords(`${stemText} ${row.quote.text[language]}`, language) };
            return [row.id, pick(kinds, matchingScorer(strategy, cue), random) as Kind];
          }),
        ),
      };
    }
  }
}

/** On a matching or classification row, only the strategies that read the choices themselves apply. */
function matchingScorer(strategy: Strategy, cues: ItemCues): Scorer {
  return ['first', 'longest', 'shortest', 'prompt-words'].includes(strategy)
    ? optionScorer(strategy, cues, false)
    : null;
}

/** The percent a strategy scores on one attempt whose options are shuffled with `seed`. */
function attemptPercent(
  quiz: AnyQuiz,
  strategy: Strategy,
  seed: number,
  context: RobotContext & { cues: QuizCues },
): number {
  const random = seededRandom(seed ^ 0x5bd1e995);
  const items = quiz.items.filter(isAutoGraded);
  const earned = items.reduce(
    (sum, item) => sum + gradeItem(item, robotResponse(item, strategy, seed, context, random)).score,
    0,
  );
  return (earned / items.length) * 100;
}

/** A strategy's mean percent over `attempts` attempts, each with its own option order. */
export function strategyMean(quiz: AnyQuiz, strategy: Strategy, context: RobotContext, attempts: number): number {
  let total = 0;
  const withCues = { ...context, cues: quizCues(quiz, context.article, context.language) };
  for (let attempt = 1; attempt <= attempts; attempt += 1)
    total += attemptPercent(quiz, strategy, attempt * 7919, withCues);
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
export function chancePercent(quiz: AnyQuiz, voices: Voices): number {
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
export function runRobot(quiz: AnyQuiz, context: RobotContext, attempts: number): RobotRow {
  const means = Object.fromEntries(
    STRATEGIES.map((strategy) => [strategy, strategyMean(quiz, strategy, context, attempts)]),
  ) as Record<Strategy, number>;
  return { quizId: quiz.id, language: context.language, chance: chancePercent(quiz, context.voices), means };
}
