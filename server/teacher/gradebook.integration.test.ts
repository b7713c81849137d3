import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuizId } from '@/content/quiz-schema';
import { setAssignment } from '../assignments/teacher-assignments';
import { getLesson } from '../lessons';
import { getOrStartAttempt, saveAnswer, submitAttempt } from '../quiz/attempts';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { createClass } from './classes';
import { gradebookCsv } from './gradebook';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const lesson = getLesson('zero-tolerance')!;
const DAY = 24 * 60 * 60 * 1000;

async function student(classId: string, displayName: string) {
  const row = await database.prisma.learner.create({
    data: { classId, displayName, joinedAt: new Date() },
    select: { id: true },
  });
  return row.id;
}

/** One right answer (the first item's), then submitted: the stored points are what the gradebook must add up. */
async function submitQuiz(learnerId: string, quizId: QuizId) {
  const quiz = lesson.quizzes.find((candidate) => candidate.id === quizId)!;
  const attempt = await getOrStartAttempt(learnerId, lesson.slug, quizId, 'en');
  const item = quiz.items[0]!;
  const response =
    item.type === 'single'
      ? { optionId: item.options.find((option) => option.correct)!.id }
      : item.type === 'multiple'
        ? { optionIds: item.options.filter((option) => option.correct).map((option) => option.id) }
        : null;
  if (!response) throw new Error(`${item.id}: a choice item first`);
  const saved = await saveAnswer(lesson, {
    learnerId,
    attemptId: attempt.id,
    itemId: item.id,
    response,
    saveId: randomUUID(),
    seq: 1,
    check: true,
  });
  expect(saved.status).toBe('saved');
  expect((await submitAttempt(lesson, learnerId, attempt.id)).status).toBe('submitted');
}

describe('the gradebook CSV', () => {
  it('has a row per student and a column per assignment: the counted score as a number, empty until submitted', async () => {
    const teacher = await database.prisma.teacher.create({
      data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
      select: { id: true },
    });
    const { id: classId } = await createClass(teacher.id, 'Period 5', {
      feedbackMode: 'immediate',
      retakes: 0,
      defaultLocale: 'en',
      countedAttempt: 'first',
    });
    const now = Date.now();
    const dates = { opensAt: new Date(now - DAY), dueAt: new Date(now + DAY), closesAt: null };
    expect(await setAssignment(teacher.id, classId, lesson.slug, dates)).toBe(true);
    const ana = await student(classId, 'Ana');
    const leo = await student(classId, 'Leo');
    const bea = await student(classId, 'Bea');
    await student(classId, '=HYPERLINK("x")');
    await submitQuiz(ana, 'comprehension');
    await submitQuiz(ana, 'attribution');
    // The due date passes: Leo's work is late, and Bea has handed in one quiz of two.
    await database.prisma.assignment.updateMany({ where: { classId }, data: { dueAt: new Date() } });
    await submitQuiz(leo, 'comprehension');
    await submitQuiz(leo, 'attribution');
    await submitQuiz(bea, 'comprehension');

    const csv = (await gradebookCsv(teacher.id, classId, 'en'))!;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const [header, ...rows] = parse(csv, { bom: true }) as string[][];
    const title = lesson.meta.title.en;
    expect(header).toEqual(['Student', `${title} (%, first attempt)`, `${title}: late`]);
    const attempts = await database.prisma.quizAttempt.findMany({ where: { learnerId: ana } });
    const earned = attempts.reduce((sum, attempt) => sum + attempt.pointsEarned!, 0);
    const possible = attempts.reduce((sum, attempt) => sum + attempt.pointsPossible!, 0);
    const score = String(Math.round((100 * earned) / possible));
    expect(rows).toEqual([
      ['\'=HYPERLINK("x")', '', ''],
      ['Ana', score, 'on time'],
      ['Bea', '', ''],
      ['Leo', score, 'late'],
    ]);
    expect(await gradebookCsv(randomUUID(), classId, 'en')).toBeNull();
  });
});

describe('the gradebook CSV of an assignment with a practice quiz', () => {
  it('adds up and waits for the quizzes that count only, and a late practice quiz is not late', async () => {
    const teacher = await database.prisma.teacher.create({
      data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
      select: { id: true },
    });
    const { id: classId } = await createClass(teacher.id, 'Period 6', {
      feedbackMode: 'immediate',
      retakes: 0,
      defaultLocale: 'en',
      countedAttempt: 'first',
    });
    const dates = { opensAt: new Date(Date.now() - DAY), dueAt: new Date(Date.now() + DAY), closesAt: null };
    expect(await setAssignment(teacher.id, classId, lesson.slug, dates, 'open', ['attribution'])).toBe(true);
    const ana = await student(classId, 'Ana');
    const bea = await student(classId, 'Bea');
    await submitQuiz(ana, 'comprehension');
    await submitQuiz(bea, 'comprehension');
    // Past the due date, Ana does the practice quiz too: it neither changes her score nor makes her late.
    await database.prisma.assignment.updateMany({ where: { classId }, data: { dueAt: new Date() } });
    await submitQuiz(ana, 'attribution');

    const [, ...rows] = parse((await gradebookCsv(teacher.id, classId, 'en'))!, { bom: true }) as string[][];
    const comprehension = await database.prisma.quizAttempt.findFirstOrThrow({
      where: { learnerId: ana, quizId: 'comprehension' },
    });
    const score = String(Math.round((100 * comprehension.pointsEarned!) / comprehension.pointsPossible!));
    expect(rows).toEqual([
      ['Ana', score, 'on time'],
      ['Bea', score, 'on time'],
    ]);
  });
});
