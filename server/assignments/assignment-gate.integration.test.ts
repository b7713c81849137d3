import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { getLesson } from '../lessons';
import { answerItem } from '../quiz/answer-item';
import { getOrStartAttempt, latestAttempt, openAttempt, saveAnswer, submitAttempt } from '../quiz/attempts';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { studentAssignment } from './student-window';

// The gate around a class student's work on an assigned lesson: no attempt starts and no save or submit is taken while
// the assignment is upcoming or closed for them; after the due date work is still taken.

const database = setUpAppTestDatabase();
const lesson = getLesson('zero-tolerance')!;
const QUIZ = 'comprehension' as const;
const ITEM = 'c-midterms'; // a true/false item of the comprehension quiz
const HOUR = 60 * 60 * 1000;
const hours = (count: number) => new Date(Date.now() + count * HOUR);

async function studentWithAssignment(dates: { opensAt: Date; dueAt: Date; closesAt: Date | null } | null) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 2', joinCode: randomUUID().slice(0, 6).toUpperCase() },
  });
  const student = await database.prisma.learner.create({ data: { classId: klass.id, displayName: 'Ana' } });
  const assignment = dates
    ? await database.prisma.assignment.create({ data: { classId: klass.id, lessonSlug: lesson.slug, ...dates } })
    : null;
  return { learnerId: student.id, assignmentId: assignment?.id ?? null };
}

const firstSave = (attemptId: string | null) => ({
  lesson,
  quizId: QUIZ,
  attemptId,
  itemId: ITEM,
  response: { value: true },
  saveId: randomUUID(),
  seq: 1,
  check: false,
});

async function workedAttempt(learnerId: string) {
  const attempt = await getOrStartAttempt(learnerId, lesson.slug, QUIZ);
  const saved = await saveAnswer(lesson, {
    learnerId,
    attemptId: attempt.id,
    itemId: ITEM,
    response: { value: true },
    saveId: randomUUID(),
    seq: 1,
    check: false,
  });
  expect(saved.status).toBe('saved');
  return attempt;
}

describe('the assignment gate', () => {
  it('starts no attempt and stores nothing before the assignment opens', async () => {
    const { learnerId } = await studentWithAssignment({ opensAt: hours(24), dueAt: hours(48), closesAt: null });
    expect(await openAttempt(learnerId, lesson.slug, QUIZ, 'en')).toEqual({ refused: 'not-open' });
    expect(await answerItem(learnerId, 'en', firstSave(null))).toEqual({ status: 'error', code: 'not-open' });
    expect(await latestAttempt(learnerId, lesson.slug, QUIZ)).toBeNull();
  });

  it('takes the first save and a submit while open, and the submit is not late', async () => {
    const { learnerId } = await studentWithAssignment({ opensAt: hours(-1), dueAt: hours(1), closesAt: hours(2) });
    const outcome = await answerItem(learnerId, 'en', firstSave(null));
    expect(outcome.status).toBe('ok');
    const attemptId = (outcome as { attemptId: string }).attemptId;
    expect((await submitAttempt(lesson, learnerId, attemptId)).status).toBe('submitted');
  });

  it('takes a submit after the due date, before the close', async () => {
    const { learnerId } = await studentWithAssignment({ opensAt: hours(-3), dueAt: hours(-1), closesAt: hours(1) });
    const attempt = await workedAttempt(learnerId);
    const result = await submitAttempt(lesson, learnerId, attempt.id);
    expect(result.status).toBe('submitted');
  });

  it('refuses a start, a save and a submit after the close, and keeps the attempt in progress', async () => {
    const { learnerId, assignmentId } = await studentWithAssignment({
      opensAt: hours(-3),
      dueAt: hours(-2),
      closesAt: hours(1),
    });
    const attempt = await workedAttempt(learnerId);
    await database.prisma.assignment.update({ where: { id: assignmentId! }, data: { closesAt: hours(-1) } });

    expect(await answerItem(learnerId, 'en', { ...firstSave(attempt.id), seq: 2 })).toEqual({
      status: 'error',
      code: 'closed',
    });
    expect(await submitAttempt(lesson, learnerId, attempt.id)).toEqual({ status: 'closed' });
    expect(await openAttempt(learnerId, lesson.slug, 'attribution', 'en')).toEqual({ refused: 'closed' });
    const stored = await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored.status).toBe('in_progress');
  });

  it('lets one extended student save and submit after the close, and not their classmate', async () => {
    const dates = { opensAt: hours(-3), dueAt: hours(-2), closesAt: hours(1) };
    const { learnerId, assignmentId } = await studentWithAssignment(dates);
    const classmate = await database.prisma.learner.create({
      data: {
        classId: (await database.prisma.learner.findUniqueOrThrow({ where: { id: learnerId } })).classId,
        displayName: 'Leo',
      },
    });
    const mine = await workedAttempt(learnerId);
    const theirs = await workedAttempt(classmate.id);
    await database.prisma.assignment.update({ where: { id: assignmentId! }, data: { closesAt: hours(-1) } });
    await database.prisma.assignmentExtension.create({
      data: { assignmentId: assignmentId!, learnerId, closesAt: hours(1) },
    });

    expect((await answerItem(learnerId, 'en', { ...firstSave(mine.id), seq: 2 })).status).toBe('ok');
    expect((await submitAttempt(lesson, learnerId, mine.id)).status).toBe('submitted');
    expect(await submitAttempt(lesson, classmate.id, theirs.id)).toEqual({ status: 'closed' });
  });

  it('changes nothing for a class without an assignment, nor for a guest', async () => {
    const { learnerId } = await studentWithAssignment(null);
    const { learnerId: guest } = await createAnonymousLearner();
    for (const learner of [learnerId, guest]) {
      const outcome = await answerItem(learner, 'en', firstSave(null));
      expect(outcome.status).toBe('ok');
      const attemptId = (outcome as { attemptId: string }).attemptId;
      expect((await submitAttempt(lesson, learner, attemptId)).status).toBe('submitted');
    }
  });
});

describe('studentAssignment', () => {
  it('reads the class’s assignment at the student’s own dates, with their extension; null for guests and others', async () => {
    const dates = { opensAt: hours(-48), dueAt: hours(-24), closesAt: hours(-1) };
    const { learnerId, assignmentId } = await studentWithAssignment(dates);
    await database.prisma.assignment.update({
      where: { id: assignmentId! },
      data: { pacing: 'guided', lockedQuizIds: ['attribution'], practiceQuizIds: ['comprehension'] },
    });
    await database.prisma.learner.update({ where: { id: learnerId }, data: { extendedDays: 3 } });
    const until = hours(30);
    await database.prisma.assignmentExtension.create({
      data: { assignmentId: assignmentId!, learnerId, closesAt: until },
    });
    const DAY = 24 * HOUR;
    expect(await studentAssignment(learnerId, lesson.slug)).toMatchObject({
      opensAt: dates.opensAt,
      dueAt: new Date(dates.dueAt.getTime() + 3 * DAY),
      closesAt: new Date(dates.closesAt.getTime() + 3 * DAY),
      pacing: 'guided',
      lockedQuizIds: ['attribution'],
      practiceQuizIds: ['comprehension'],
      extendedUntil: until,
    });
    expect(await studentAssignment(learnerId, 'another-lesson')).toBeNull();
    expect(await studentAssignment((await createAnonymousLearner()).learnerId, lesson.slug)).toBeNull();
    const unassigned = await studentWithAssignment(null);
    expect(await studentAssignment(unassigned.learnerId, lesson.slug)).toBeNull();
  });
});
