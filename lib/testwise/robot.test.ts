import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson, type Lesson } from '@/content/check-lesson';
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
    expect(testWisenessReport(lesson, { en: labels, es: labels }).failures).toEqual([]);
    const giveaway = structuredClone(lesson);
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
});
