import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Prisma } from '@/generated/prisma/client';
import { getItemAnalysis } from './item-analysis';
import { getLesson } from '../lessons';
import { countQuizAnswers } from './quiz-counts';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { EVERY_ANSWER } from '@/lib/dashboard/analysed-items';

const database = setUpAppTestDatabase();

const SLUG = 'zero-tolerance';
const labels = {
  true: 'True',
  false: 'False',
  kinds: { quote: 'Quote', paraphrase: 'Paraphrase', reporter: 'Reporter' },
};

async function teacherWithClass() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    // The rule these counts follow, rather than the default for new classes ('first').
    data: { teacherId: teacher.id, name: 'Period 2', joinCode: randomUUID().slice(0, 6), countedAttempt: 'latest' },
  });
  return { teacherId: teacher.id, classId: klass.id };
}

type Answer = { itemId: string; response: Prisma.InputJsonValue; correct: boolean | null };

/** A student with one attempt at a quiz and the given answers. */
async function student(
  classId: string,
  quizId: string,
  locale: string,
  answers: Answer[],
  submitted?: { earned: number; number?: number },
) {
  const learner = await database.prisma.learner.create({ data: { classId, displayName: randomUUID().slice(0, 8) } });
  const attempt = await database.prisma.quizAttempt.create({
    data: {
      learnerId: learner.id,
      lessonSlug: SLUG,
      quizId,
      number: submitted?.number ?? 1,
      locale,
      status: submitted ? 'submitted' : 'in_progress',
      pointsEarned: submitted?.earned ?? null,
      pointsPossible: submitted ? 12 : null,
    },
  });
  for (const [seq, answer] of answers.entries()) {
    await database.prisma.quizAnswer.create({
      data: {
        attemptId: attempt.id,
        itemId: answer.itemId,
        response: answer.response,
        saveId: randomUUID(),
        seq,
        correct: answer.correct,
        score: answer.correct ? 1 : 0,
      },
    });
  }
  return learner.id;
}

describe('quiz answer counts (SQL)', () => {
  it('counts graded answers, right answers and every kind of choice, for the latest attempt only', async () => {
    const { teacherId, classId } = await teacherWithClass();
    const matching = (rows: Record<string, { speaker?: string; organization?: string }>) => ({ rows });
    await student(
      classId,
      'attribution',
      'en',
      [
        { itemId: 'a-who-told-voa', response: { optionId: 'x' }, correct: false },
        {
          itemId: 'a-match-claims-quotes',
          response: matching({ flee: { speaker: 'william-spindler', organization: 'unhcr' } }),
          correct: true,
        },
        {
          itemId: 'a-classify-voices-1',
          response: { rows: { convention: 'quote', prosecution: 'reporter' } },
          correct: false,
        },
        { itemId: 'a-sessions-critic', response: { value: false }, correct: true },
      ],
      { earned: 11 },
    );
    await student(
      classId,
      'attribution',
      'es',
      [
        { itemId: 'a-who-told-voa', response: { optionId: 'x' }, correct: false },
        {
          itemId: 'a-match-claims-quotes',
          response: matching({ flee: { speaker: 'jeff-sessions', organization: 'unhcr' } }),
          correct: false,
        },
        { itemId: 'a-evidence-last-resort', response: { sentenceId: 'p5s1' }, correct: true },
        // Saved but not graded yet (deferred feedback): not counted.
        { itemId: 'a-sessions-critic', response: { value: true }, correct: null },
      ],
      { earned: 3 },
    );
    // Only the latest attempt of a student counts: this student's first try is ignored.
    const retaker = await student(
      classId,
      'attribution',
      'en',
      [{ itemId: 'a-who-told-voa', response: { optionId: 'old' }, correct: false }],
      { earned: 0 },
    );
    const retake = await database.prisma.quizAttempt.create({
      data: { learnerId: retaker, lessonSlug: SLUG, quizId: 'attribution', number: 2, locale: 'en' },
    });
    await database.prisma.quizAnswer.create({
      data: {
        attemptId: retake.id,
        itemId: 'a-people-organizations',
        response: { optionIds: ['a', 'b'] },
        saveId: randomUUID(),
        seq: 0,
        correct: true,
        score: 1,
      },
    });
    // Another teacher's class does not leak in.
    const other = await teacherWithClass();
    await student(other.classId, 'attribution', 'en', [
      { itemId: 'a-who-told-voa', response: { optionId: 'x' }, correct: true },
    ]);

    const all = await countQuizAnswers(teacherId, classId, SLUG, 'attribution', EVERY_ANSWER);
    expect(all.students).toBe(3);
    const totals = Object.fromEntries(all.items.map((item) => [item.itemId, [item.answered, item.correct]]));
    expect(totals).toEqual({
      'a-who-told-voa': [2, 0],
      'a-match-claims-quotes': [2, 1],
      'a-classify-voices-1': [1, 0],
      'a-sessions-critic': [1, 1],
      'a-evidence-last-resort': [1, 1],
      'a-people-organizations': [1, 1],
    });
    const choices = Object.fromEntries(
      all.choices.map((choice) => [`${choice.itemId}|${choice.rowId}|${choice.field}|${choice.choice}`, choice.count]),
    );
    expect(choices).toEqual({
      'a-who-told-voa|||x': 2,
      'a-match-claims-quotes|flee|speaker|william-spindler': 1,
      'a-match-claims-quotes|flee|speaker|jeff-sessions': 1,
      'a-match-claims-quotes|flee|organization|unhcr': 2,
      'a-classify-voices-1|convention|kind|quote': 1,
      'a-classify-voices-1|prosecution|kind|reporter': 1,
      'a-sessions-critic|||false': 1,
      'a-evidence-last-resort|||p5s1': 1,
      'a-people-organizations|||a': 1,
      'a-people-organizations|||b': 1,
    });
    // Submitted scores 11/12 (91.7 %) and 3/12 (25 %); the retaker's latest attempt is not submitted.
    expect(all.scoreBins).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);

    const spanish = await countQuizAnswers(teacherId, classId, SLUG, 'attribution', {
      language: 'es',
      supports: 'all',
    });
    expect(spanish.students).toBe(1);
    expect(spanish.scoreBins).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(spanish.items.find((item) => item.itemId === 'a-who-told-voa')).toEqual({
      itemId: 'a-who-told-voa',
      answered: 1,
      correct: 0,
    });

    const stranger = await teacherWithClass();
    expect(await countQuizAnswers(stranger.teacherId, classId, SLUG, 'attribution', EVERY_ANSWER)).toEqual({
      students: 0,
      items: [],
      choices: [],
      scoreBins: Array(10).fill(0),
    });
  });
});

describe('item analysis', () => {
  it('orders items hardest first, labels wrong choices with their misconception and builds the attribution matrices', async () => {
    const lesson = getLesson(SLUG)!;
    const quiz = lesson.quizzes.find((candidate) => candidate.id === 'attribution')!;
    const unhcrMislabel = quiz.items.find((item) => item.id === 'a-unhcr-mislabel');
    if (unhcrMislabel?.type !== 'single') throw new Error('expected a single-choice item');
    const wrong = unhcrMislabel.options.find((option) => !option.correct && option.misconception)!;
    const right = unhcrMislabel.options.find((option) => option.correct)!;
    const { teacherId, classId } = await teacherWithClass();
    const quotes = (speaker: string) => ({ rows: { flee: { speaker, organization: 'unhcr' } } });
    // Three students: two pick the wrong option, one the right one; two say Sessions said the "flee" quotation.
    await student(classId, 'attribution', 'en', [
      { itemId: unhcrMislabel.id, response: { optionId: wrong.id }, correct: false },
      { itemId: 'a-match-claims-quotes', response: quotes('jeff-sessions'), correct: false },
    ]);
    await student(classId, 'attribution', 'es', [
      { itemId: unhcrMislabel.id, response: { optionId: wrong.id }, correct: false },
      { itemId: 'a-match-claims-quotes', response: quotes('jeff-sessions'), correct: false },
    ]);
    await student(classId, 'attribution', 'en', [
      { itemId: unhcrMislabel.id, response: { optionId: right.id }, correct: true },
      { itemId: 'a-match-claims-quotes', response: quotes('william-spindler'), correct: true },
    ]);

    const analysis = await getItemAnalysis(teacherId, classId, lesson, quiz, EVERY_ANSWER, 'en', labels);
    expect(analysis.students).toBe(3);
    expect(analysis.items.map((item) => item.percentCorrect).slice(0, 2)).toEqual([33, 33]);
    expect(analysis.items.slice(0, 2).map((item) => item.id)).toEqual([unhcrMislabel.id, 'a-match-claims-quotes']);
    expect(analysis.items.slice(2).every((item) => item.answered === 0 && item.percentCorrect === null)).toBe(true);
    const options = analysis.items[0]!.distribution[0]!.entries;
    expect(options).toHaveLength(unhcrMislabel.options.length);
    expect(options.find((entry) => entry.label === wrong.text.en)).toMatchObject({
      count: 2,
      percent: 67,
      correct: false,
      misconception: lesson.misconceptions.find((misconception) => misconception.id === wrong.misconception)!.label.en,
    });
    expect(options.find((entry) => entry.label === right.text.en)).toMatchObject({
      count: 1,
      percent: 33,
      correct: true,
      misconception: null,
    });

    // Matching rows have no options to tag: misconceptions.json's confusions label the wrong choices.
    const quotesItem = analysis.items.find((item) => item.id === 'a-match-claims-quotes')!;
    const fleeSpeaker = quotesItem.distribution.find(
      (group) => group.field === 'speaker' && group.label?.includes('flee'),
    )!;
    expect(fleeSpeaker.entries.find((entry) => entry.label === 'Jeff Sessions')).toMatchObject({
      count: 2,
      misconception: lesson.misconceptions.find((misconception) => misconception.id === 'sessions-as-critic')!.label.en,
    });
    expect(fleeSpeaker.entries.find((entry) => entry.label === 'Ravina Shamdasani')?.misconception).toBe(
      lesson.misconceptions.find((misconception) => misconception.id === 'mixes-up-spokespeople')!.label.en,
    );

    const fleeRow = analysis.matrices.speaker!.rows.find((row) => row.id === 'a-match-claims-quotes/flee')!;
    expect(fleeRow.answered).toBe(3);
    expect(Object.fromEntries(fleeRow.cells.map((cell) => [cell.column, [cell.count, cell.right]]))).toEqual({
      'ravina-shamdasani': [0, false],
      'william-spindler': [1, true],
      'jeff-sessions': [2, false],
    });
    expect(analysis.matrices.organization!.rows.some((row) => row.id.startsWith('a-people-organizations/'))).toBe(true);
    expect(analysis.commonMistake).toMatchObject({
      chosen: 'Jeff Sessions',
      right: 'William Spindler',
      count: 2,
      answered: 3,
    });

    const spanishOnly = await getItemAnalysis(
      teacherId,
      classId,
      lesson,
      quiz,
      { language: 'es', supports: 'all' },
      'es',
      labels,
    );
    expect(spanishOnly.students).toBe(1);
    expect(spanishOnly.commonMistake).toMatchObject({ count: 1, answered: 1 });
    expect(spanishOnly.items[0]!.prompt).toBe(
      quiz.items.find((item) => item.id === spanishOnly.items[0]!.id)!.prompt.es,
    );
  });
});
