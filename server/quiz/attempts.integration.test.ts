import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Quiz, QuizItem } from '@/content/quiz-schema';
import { Prisma } from '@/generated/prisma/client';
import { DEFAULT_SUPPORT_PROFILE } from '@/lib/supports/profile';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import {
  derivedOptionSeed,
  getOrStartAttempt,
  getSavedAnswers,
  latestAttempt,
  saveAnswer,
  startRetake,
  submitAttempt,
  submittedAttempt,
  type SaveAnswerInput,
} from './attempts';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { setUpAppTestDatabase } from '../testing/setup-database';

const text = (en: string) => ({ en, es: `${en} (es)` });
const base = { prompt: text('Prompt'), explanation: text('Paragraph 1 says so.'), paragraph: 'p1' };
const items: QuizItem[] = [
  {
    ...base,
    id: 'one',
    type: 'single',
    options: [
      { id: 'right', text: text('Right'), correct: true },
      { id: 'wrong', text: text('Wrong'), correct: false, misconception: 'm' },
    ],
  },
  { ...base, id: 'two', type: 'truefalse', answer: true, misconception: 'm' },
  {
    ...base,
    id: 'three',
    type: 'matching',
    fields: ['speaker', 'organization'],
    rows: [
      {
        id: 'a',
        quote: { sentenceId: 'p5s3', text: text('At most') },
        answer: { speaker: 'ravina', organization: 'ohchr' },
      },
      {
        id: 'b',
        quote: { sentenceId: 'p7s2', text: text('last resort') },
        answer: { speaker: 'william', organization: 'unhcr' },
      },
    ],
  },
];
const quiz: Quiz = { id: 'comprehension', title: text('Quiz'), intro: text('Intro'), items };

/** A lesson with a small hand-made quiz, so these tests do not depend on the real lesson's questions. */
const lesson = {
  slug: 'test-lesson',
  voices: {
    people: [
      { id: 'ravina', name: 'Ravina', role: text('Spokeswoman'), organization: 'ohchr' },
      { id: 'william', name: 'William', role: text('Spokesman'), organization: 'unhcr' },
    ],
    organizations: [
      { id: 'ohchr', name: text('Human rights office'), acronym: text('OHCHR') },
      { id: 'unhcr', name: text('Refugee agency'), acronym: text('UNHCR') },
    ],
  },
  quizzes: [quiz],
} as unknown as LoadedLesson;

const database = setUpAppTestDatabase();

async function newAttempt() {
  const { learnerId } = await createAnonymousLearner();
  const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
  const save = (input: Partial<SaveAnswerInput> & Pick<SaveAnswerInput, 'itemId' | 'response'>) =>
    saveAnswer(lesson, { learnerId, attemptId: attempt.id, saveId: randomUUID(), seq: 1, check: false, ...input });
  return { learnerId, attempt, save };
}

const answerRows = (attemptId: string) =>
  database.prisma.quizAnswer.findMany({ where: { attemptId }, orderBy: { itemId: 'asc' } });

describe('saving answers', () => {
  it('autosaves drafts and checked answers, and gives them all back to resume', async () => {
    const { learnerId, attempt, save } = await newAttempt();
    expect((await save({ itemId: 'one', response: { optionId: 'wrong' } })).status).toBe('saved');
    const checked = await save({ itemId: 'two', response: { value: true }, check: true });
    expect(checked).toMatchObject({ status: 'saved', checked: true, grade: { score: 1, correct: true } });
    const saved = await getSavedAnswers(learnerId, attempt.id, quiz);
    expect(saved.sort((a, b) => a.itemId.localeCompare(b.itemId))).toEqual([
      { itemId: 'one', response: { optionId: 'wrong' }, seq: 1, checked: false, grade: null },
      {
        itemId: 'two',
        response: { value: true },
        seq: 1,
        checked: true,
        grade: { score: 1, correct: true, misconceptions: [] },
      },
    ]);
  });

  it('gives back the grade stored when the answer was checked, not a new one', async () => {
    const { learnerId, attempt, save } = await newAttempt();
    await save({ itemId: 'two', response: { value: true }, check: true });
    // The key changes after the check (an edited lesson): the page still shows the grade the student was given.
    const edited: Quiz = {
      ...quiz,
      items: quiz.items.map((item) =>
        item.id === 'two' && item.type === 'truefalse' ? { ...item, answer: false } : item,
      ),
    };
    const [two] = await getSavedAnswers(learnerId, attempt.id, edited);
    expect(two!.grade).toMatchObject({ score: 1, correct: true });
    // An answer graded before grades were stored is graded once more when shown.
    await database.prisma.quizAnswer.updateMany({ where: { attemptId: attempt.id }, data: { grade: Prisma.DbNull } });
    const [legacy] = await getSavedAnswers(learnerId, attempt.id, edited);
    expect(legacy!.grade).toMatchObject({ score: 0, correct: false });
  });

  it('stores the same save sent twice once', async () => {
    const { attempt, save } = await newAttempt();
    const saveId = randomUUID();
    expect((await save({ itemId: 'one', response: { optionId: 'right' }, saveId, check: true })).status).toBe('saved');
    const again = await save({ itemId: 'one', response: { optionId: 'right' }, saveId, check: true });
    expect(again).toMatchObject({ status: 'duplicate', checked: true, grade: { score: 1 } });
    expect(await answerRows(attempt.id)).toHaveLength(1);
  });

  it('ignores a late retry of an older draft', async () => {
    const { attempt, save } = await newAttempt();
    await save({ itemId: 'one', response: { optionId: 'right' }, seq: 2 });
    expect((await save({ itemId: 'one', response: { optionId: 'wrong' }, seq: 1 })).status).toBe('stale');
    expect((await answerRows(attempt.id))[0]?.response).toEqual({ optionId: 'right' });
  });

  it('keeps a checked answer final', async () => {
    const { attempt, save } = await newAttempt();
    await save({ itemId: 'one', response: { optionId: 'wrong' }, check: true });
    const change = await save({ itemId: 'one', response: { optionId: 'right' }, seq: 5, check: true });
    expect(change).toMatchObject({ status: 'already-checked', grade: { score: 0 } });
    expect((await answerRows(attempt.id))[0]?.response).toEqual({ optionId: 'wrong' });
  });

  it('grades matching with partial credit per pair', async () => {
    const { save } = await newAttempt();
    const result = await save({
      itemId: 'three',
      response: {
        rows: { a: { speaker: 'ravina', organization: 'unhcr' }, b: { speaker: 'william', organization: 'unhcr' } },
      },
      check: true,
    });
    expect(result).toMatchObject({ status: 'saved', grade: { score: 0.75, correct: false } });
  });

  it('stores every answer when many different items are saved at once', async () => {
    const { attempt, save } = await newAttempt();
    await Promise.all([
      save({ itemId: 'one', response: { optionId: 'right' } }),
      save({ itemId: 'two', response: { value: false } }),
      save({ itemId: 'three', response: { rows: {} } }),
    ]);
    expect(await answerRows(attempt.id)).toHaveLength(3);
  });

  // Oversized answers are refused in lib/grading/grade-item.test.ts, where each is shown to be refused for its size.
  it.each([
    ['an unknown item', { itemId: 'nope', response: { optionId: 'right' } }],
    ['an unknown option', { itemId: 'one', response: { optionId: 'nope' } }],
    ['a wrong type', { itemId: 'two', response: { value: 'yes' } }],
    ['extra fields', { itemId: 'two', response: { value: true, score: 1 } }],
    ['an unknown speaker', { itemId: 'three', response: { rows: { a: { speaker: 'sessions' } } } }],
    ['a save id that is not a UUID', { itemId: 'one', response: { optionId: 'right' }, saveId: 'x' }],
    [
      'a deeply nested value',
      { itemId: 'two', response: JSON.parse(`${'{"value":'.repeat(500)}true${'}'.repeat(500)}`) },
    ],
  ])('refuses %s and stores nothing', async (_label, input) => {
    const { attempt, save } = await newAttempt();
    expect((await save(input)).status).toBe('invalid');
    expect(await answerRows(attempt.id)).toEqual([]);
  });

  it('refuses a save to another learner’s attempt', async () => {
    const { attempt } = await newAttempt();
    const stranger = await createAnonymousLearner();
    const result = await saveAnswer(lesson, {
      learnerId: stranger.learnerId,
      attemptId: attempt.id,
      itemId: 'one',
      response: { optionId: 'right' },
      saveId: randomUUID(),
      seq: 1,
      check: true,
    });
    expect(result.status).toBe('not-found');
    expect(await answerRows(attempt.id)).toEqual([]);
    expect(await getSavedAnswers(stranger.learnerId, attempt.id, quiz)).toEqual([]);
  });

  it('refuses a save to a submitted attempt', async () => {
    const { learnerId, attempt, save } = await newAttempt();
    await submitAttempt(lesson, learnerId, attempt.id);
    expect((await save({ itemId: 'one', response: { optionId: 'right' } })).status).toBe('submitted');
    expect(await answerRows(attempt.id)).toEqual([]);
  });
});

describe('submitting', () => {
  it('stores one result when the same attempt is submitted ten times at once', async () => {
    const { learnerId, attempt, save } = await newAttempt();
    await save({ itemId: 'one', response: { optionId: 'right' }, check: true });
    await save({ itemId: 'two', response: { value: false } });
    const results = await Promise.all(Array.from({ length: 10 }, () => submitAttempt(lesson, learnerId, attempt.id)));
    expect(results.filter((result) => result.status === 'submitted')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'already-submitted')).toHaveLength(9);
    const points = results.map((result) =>
      'attempt' in result ? [result.attempt.pointsEarned, result.attempt.pointsPossible] : null,
    );
    expect(new Set(points.map((point) => JSON.stringify(point)))).toEqual(new Set([JSON.stringify([1, 3])]));
    const stored = await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored).toMatchObject({ status: 'submitted', pointsEarned: 1, pointsPossible: 3 });
    // The unchecked draft was graded at submission, and its whole grade kept for the results page.
    expect((await answerRows(attempt.id)).find((row) => row.itemId === 'two')).toMatchObject({
      score: 0,
      correct: false,
      grade: { score: 0, correct: false, misconceptions: ['m'] },
    });
  });

  it('refuses to submit another learner’s attempt', async () => {
    const { attempt } = await newAttempt();
    const stranger = await createAnonymousLearner();
    expect((await submitAttempt(lesson, stranger.learnerId, attempt.id)).status).toBe('not-found');
    expect((await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe(
      'in_progress',
    );
  });

  it('starts a retake as a new attempt and keeps the old one', async () => {
    const { learnerId, attempt } = await newAttempt();
    expect((await startRetake(learnerId, lesson.slug, 'comprehension'))?.id).toBe(attempt.id); // not submitted yet
    await submitAttempt(lesson, learnerId, attempt.id);
    const retake = await startRetake(learnerId, lesson.slug, 'comprehension');
    expect(retake).toMatchObject({ number: 2, status: 'in_progress' });
    expect(await database.prisma.quizAttempt.count({ where: { learnerId } })).toBe(2);
  });

  it('starts a single first attempt when two tabs open the quiz together', async () => {
    const { learnerId } = await createAnonymousLearner();
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () => getOrStartAttempt(learnerId, lesson.slug, 'attribution')),
    );
    expect(new Set(attempts.map((attempt) => attempt.id)).size).toBe(1);
  });

  it('follows the class: deferred feedback, and only the retakes it allows', async () => {
    const teacher = await database.prisma.teacher.create({
      data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
    });
    const klass = await database.prisma.class.create({
      data: {
        teacherId: teacher.id,
        name: 'Period 3',
        joinCode: randomUUID().slice(0, 6).toUpperCase(),
        feedbackMode: 'deferred',
        retakes: 1,
      },
    });
    const student = await database.prisma.learner.create({ data: { classId: klass.id, displayName: 'Ana' } });
    const first = await getOrStartAttempt(student.id, lesson.slug, 'comprehension');
    expect(first.feedbackMode).toBe('deferred');
    const checked = await saveAnswer(lesson, {
      learnerId: student.id,
      attemptId: first.id,
      itemId: 'one',
      response: { optionId: 'right' },
      saveId: randomUUID(),
      seq: 1,
      check: true,
    });
    expect(checked).toMatchObject({ status: 'saved', checked: false, grade: null });
    await submitAttempt(lesson, student.id, first.id);
    const second = await startRetake(student.id, lesson.slug, 'comprehension');
    expect(second?.number).toBe(2);
    await submitAttempt(lesson, student.id, second!.id);
    expect(await startRetake(student.id, lesson.slug, 'comprehension')).toBeNull();

    // A classmate whose support profile gives two extra attempts takes three retakes; the class's rule stays 1.
    const ben = await database.prisma.learner.create({
      data: {
        classId: klass.id,
        displayName: 'Ben',
        supportProfile: { ...DEFAULT_SUPPORT_PROFILE, extraAttempts: { policy: 'on', count: 2 } },
      },
    });
    let attempt = await getOrStartAttempt(ben.id, lesson.slug, 'comprehension');
    for (const number of [2, 3, 4]) {
      await submitAttempt(lesson, ben.id, attempt.id);
      attempt = (await startRetake(ben.id, lesson.slug, 'comprehension'))!;
      expect(attempt?.number).toBe(number);
    }
    await submitAttempt(lesson, ben.id, attempt.id);
    expect(await startRetake(ben.id, lesson.slug, 'comprehension')).toBeNull();
  });
});

describe('option order', () => {
  it('starts an attempt in the order its page showed, keeps it, and gives a retake an order of its own', async () => {
    const { learnerId } = await createAnonymousLearner();
    const first = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension', 'en', 12345);
    expect(first.optionSeed).toBe(12345);
    // A second tab proposing another order gets the attempt that exists, with its order.
    expect((await getOrStartAttempt(learnerId, lesson.slug, 'comprehension', 'en', 999)).optionSeed).toBe(12345);
    await submitAttempt(lesson, learnerId, first.id);
    const retake = await startRetake(learnerId, lesson.slug, 'comprehension');
    expect(retake?.optionSeed).toBe(derivedOptionSeed(learnerId, lesson.slug, 'comprehension', 2));
    expect(retake?.optionSeed).not.toBe(12345);
  });

  it('derives a learner’s first order from who they are when the page proposes none, different for each learner', async () => {
    const [a, b] = await Promise.all([createAnonymousLearner(), createAnonymousLearner()]);
    const [first, second] = await Promise.all([
      getOrStartAttempt(a.learnerId, lesson.slug, 'attribution'),
      getOrStartAttempt(b.learnerId, lesson.slug, 'attribution'),
    ]);
    expect(first.optionSeed).toBe(derivedOptionSeed(a.learnerId, lesson.slug, 'attribution', 1));
    expect(first.optionSeed).not.toBe(second.optionSeed);
  });
});

describe('practice attempts', () => {
  it('are read-only, and neither the quiz page, the results page nor a retake counts them', async () => {
    const { learnerId, attempt, save } = await newAttempt();
    await save({ itemId: 'one', response: { optionId: 'right' } });
    await submitAttempt(lesson, learnerId, attempt.id);
    await database.prisma.quizAttempt.update({ where: { id: attempt.id }, data: { practice: true } });
    expect(await latestAttempt(learnerId, lesson.slug, 'comprehension')).toBeNull();
    expect(await submittedAttempt(learnerId, lesson.slug, 'comprehension')).toBeNull();
    expect((await submittedAttempt(learnerId, lesson.slug, 'comprehension', attempt.id))?.practice).toBe(true);
    expect(await save({ itemId: 'two', response: { value: true } })).toEqual({ status: 'submitted' });
    expect(await submitAttempt(lesson, learnerId, attempt.id)).toEqual({ status: 'not-found' });
    const classAttempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
    expect(classAttempt).toMatchObject({ number: 1, practice: false, status: 'in_progress' });
    expect(classAttempt.id).not.toBe(attempt.id);
  });
});
