import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from '@/content/check-lesson';
import type { Lesson } from '@/content/lesson-schema';
import { LESSONS_DIR, readLessonFiles } from '@/content/lesson-files';
import type { Quiz, QuizItem } from '@/content/quiz-schema';
import en from '@/messages/en.json';
import { testWisenessReport } from './report';
import { chancePercent, strategyMean, type RobotContext } from './robot';

function realLesson(): Lesson {
  const result = checkLesson(readLessonFiles(path.join(LESSONS_DIR, 'zero-tolerance')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.lesson;
}

const labels = { true: en.Quiz.true, false: en.Quiz.false, kinds: en.Quiz.kinds };
const text = (value: string) => ({ en: value, es: value });
const base = { prompt: text('Which one?'), explanation: text('Because.'), paragraph: 'p1' };

/** A quiz of one single-choice item (key first in the content), one true/false and one multiple select. */
const tinyQuiz: Quiz = {
  id: 'comprehension',
  title: text('Tiny'),
  intro: text('Tiny'),
  items: [
    {
      ...base,
      id: 'single',
      type: 'single',
      options: [
        { id: 'key', text: text('A much, much longer option than the others'), correct: true },
        { id: 'b', text: text('Short'), correct: false, misconception: 'x' },
        { id: 'c', text: text('Shorter'), correct: false, misconception: 'x' },
        { id: 'd', text: text('Tiny one'), correct: false, misconception: 'x' },
      ],
    },
    { ...base, id: 'tf', type: 'truefalse', answer: true, misconception: 'x' },
    {
      ...base,
      id: 'multiple',
      type: 'multiple',
      options: [
        { id: 'right', text: text('Right'), correct: true },
        { id: 'w1', text: text('Wrong one'), correct: false, misconception: 'x' },
        { id: 'w2', text: text('Wrong two'), correct: false, misconception: 'x' },
      ],
    },
  ] as QuizItem[],
};

describe('test-wise robot', () => {
  const lesson = realLesson();
  const context: RobotContext = { article: lesson.article, voices: lesson.voices, language: 'en', labels };

  it('computes chance exactly through the grading code: 1/4, 1/2 and 1/8 make 29.17 %', () => {
    // Multiple select: of the 8 subsets of 3 options, only {right} scores (a wrong pick takes its share back).
    expect(chancePercent(tinyQuiz, lesson.voices)).toBeCloseTo(((1 / 4 + 1 / 2 + 1 / 8) / 3) * 100, 6);
  });

  it('gains nothing from the key being first in the content, since the page shuffles it', () => {
    const first = strategyMean({ ...tinyQuiz, items: [tinyQuiz.items[0]!] }, 'first', context, 2000);
    expect(first).toBeGreaterThan(20);
    expect(first).toBeLessThan(30);
  });

  it('finds a key that is always the longest option', () => {
    expect(strategyMean({ ...tinyQuiz, items: [tinyQuiz.items[0]!] }, 'longest', context, 50)).toBe(100);
    expect(strategyMean({ ...tinyQuiz, items: [tinyQuiz.items[1]!] }, 'always-true', context, 50)).toBe(100);
  });

  it('passes the real lesson, and fails a lesson whose keys are the longest options, naming the strategy', () => {
    const real = testWisenessReport(lesson, { en: labels, es: labels });
    expect(real.failures).toEqual([]);
    // Guided reading's checkpoints are attacked too, in both languages.
    expect(real.lines.filter((line) => line.startsWith('  | checkpoints |'))).toHaveLength(2);
    // The giveaway below is in the two quizzes; the checkpoints would only take the robot longer.
    const giveaway = { ...structuredClone(lesson), guided: null };
    for (const quiz of giveaway.quizzes) {
      for (const item of quiz.items) {
        if (item.type !== 'single') continue;
        for (const option of item.options)
          if (option.correct)
            option.text = {
              en: `${option.text.en}${' and so on'.repeat(12)}`,
              es: `${option.text.es}${' etcétera'.repeat(12)}`,
            };
      }
    }
    const { failures } = testWisenessReport(giveaway, { en: labels, es: labels });
    expect(failures).toContainEqual(
      expect.stringMatching(
        /^comprehension \(en\): the "longest" strategy scores \d+\.\d%, \d+\.\d points over chance \(28\.2%\); at most 10 allowed$/,
      ),
    );
  });

  /** The content check's robot failures for the real lesson with `items` as its only quiz. */
  function failuresWith(items: QuizItem[]): string[] {
    const fixture = structuredClone(lesson);
    fixture.quizzes = [{ ...tinyQuiz, items }];
    return testWisenessReport(fixture, { en: labels, es: labels }).failures;
  }
  const single = (id: string, options: [string, boolean][]): QuizItem => ({
    ...base,
    id,
    type: 'single',
    options: options.map(([value, correct], index) => ({
      id: `o${index}`,
      text: text(value),
      correct,
      ...(correct ? {} : { misconception: 'x' }),
    })),
  });
  const failing = (strategy: string) =>
    expect.stringMatching(new RegExp(`^comprehension \\((en|es)\\): the "${strategy}" strategy scores`));

  it('fails a quiz whose keys are the only options worded as the article is', () => {
    const items = [1, 2, 3].map((number) =>
      single(`words-${number}`, [
        ['Children should never be detained because of their immigration status.', true],
        ['Bananas ripen quickly in warm kitchens.', false],
        ['Trains leave the station every hour.', false],
        ['Gardeners water tomatoes at dawn.', false],
      ]),
    );
    expect(failuresWith(items)).toContainEqual(failing('article-words'));
  });

  it('fails a quiz whose evidence keys are always the last sentence listed', () => {
    const evidence = (id: string, choices: string[]): QuizItem => ({
      ...base,
      id,
      type: 'evidence',
      choices: choices.map((sentenceId) => ({ sentenceId })),
      answer: [choices.at(-1)!],
    });
    const items = [evidence('e1', ['p1s1', 'p2s1', 'p3s1', 'p4s1']), evidence('e2', ['p5s1', 'p6s1', 'p7s1', 'p8s1'])];
    expect(failuresWith(items)).toContainEqual(failing('evidence-last'));
  });

  it('fails a quiz where one item’s options answer another: a person named with their organization', () => {
    const matching: QuizItem = {
      ...base,
      id: 'people',
      type: 'matching',
      fields: ['organization'],
      rows: [
        { id: 'shamdasani', person: 'ravina-shamdasani', paragraph: 'p3', answer: { organization: 'ohchr' } },
        { id: 'spindler', person: 'william-spindler', paragraph: 'p7', answer: { organization: 'unhcr' } },
        { id: 'sessions', person: 'jeff-sessions', paragraph: 'p10', answer: { organization: 'us-doj' } },
      ],
    } as QuizItem;
    const giveaway = single('giveaway', [
      ['William Spindler, spokesman for the U.N. refugee agency (UNHCR)', true],
      ['Ravina Shamdasani, spokeswoman for the U.N. human rights office (OHCHR)', false],
      ['Jeff Sessions, U.S. Attorney General at the Department of Justice (DOJ)', false],
    ]);
    expect(failuresWith([matching, giveaway])).toContainEqual(failing('other-items'));
  });

  it('fails a quiz whose distractors are each built from a piece of the key', () => {
    const items = [1, 2, 3].map((number) =>
      single(`built-${number}`, [
        ['Lanterns glow beside quiet harbors.', true],
        ['Lanterns hang from wooden poles.', false],
        ['Ships glow under summer storms.', false],
        ['Fishermen sleep beside quiet gardens.', false],
      ]),
    );
    expect(failuresWith(items)).toContainEqual(failing('like-the-others'));
  });

  it('fails a quiz whose wrong options are the only sweeping ones', () => {
    const items = [1, 2, 3].map((number) =>
      single(`sweeping-${number}`, [
        ['Some families were kept apart for weeks.', true],
        ['Every family was always kept together.', false],
        ['Only lawyers may never visit the centers.', false],
        ['All children were released at once.', false],
      ]),
    );
    expect(failuresWith(items)).toContainEqual(failing('no-absolutes'));
  });
});
