import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withExtendedDays } from '@/lib/assignments/window';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { getOrStartAttempt, saveAnswer } from './attempts';
import { answerRefusal, attemptTakesSave, windowTakesWork, type StoredAnswer } from './save-rule';

// The save rule is written once for the statement that writes (SQL) and once for explaining a refusal (TypeScript),
// side by side in save-rule.ts. Every combination of a stored answer and a save goes through the real save: the
// statement must write exactly when the TypeScript rule lets the save through, and the reply must name the refusal.

const database = setUpAppTestDatabase();
const lesson = getLesson('zero-tolerance')!;
const ITEM = 'c-midterms'; // a true/false item of the comprehension quiz

const STORED_SEQ = 3;
type Case = { stored: 'none' | 'draft' | 'checked'; sameSaveId: boolean; seq: number; check: boolean };
const cases: Case[] = (['none', 'draft', 'checked'] as const).flatMap((stored) =>
  [false, true].flatMap((sameSaveId) =>
    [STORED_SEQ - 1, STORED_SEQ, STORED_SEQ + 1].flatMap((seq) =>
      [false, true].map((check) => ({ stored, sameSaveId, seq, check })),
    ),
  ),
);

describe('the save rule', () => {
  it.each(cases.filter((one) => one.stored !== 'none' || !one.sameSaveId))(
    'the statement and the rule agree: stored $stored, same save $sameSaveId, seq $seq, check $check',
    async ({ stored, sameSaveId, seq, check }) => {
      const { learnerId } = await createAnonymousLearner();
      const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
      const storedSaveId = randomUUID();
      let before: StoredAnswer | null = null;
      if (stored !== 'none') {
        const checkedAt = stored === 'checked' ? new Date() : null;
        before = await database.prisma.quizAnswer.create({
          data: {
            attemptId: attempt.id,
            itemId: ITEM,
            response: { value: false },
            saveId: storedSaveId,
            seq: STORED_SEQ,
            checkedAt,
          },
          select: { saveId: true, seq: true, checkedAt: true },
        });
      }
      const save = { saveId: sameSaveId ? storedSaveId : randomUUID(), seq, force: check };
      const refusal = answerRefusal(before, save);

      const result = await saveAnswer(lesson, {
        learnerId,
        attemptId: attempt.id,
        itemId: ITEM,
        response: { value: true },
        saveId: save.saveId,
        seq,
        check,
      });

      expect(result.status).toBe(refusal ?? 'saved');
      const after = await database.prisma.quizAnswer.findUniqueOrThrow({
        where: { attemptId_itemId: { attemptId: attempt.id, itemId: ITEM } },
      });
      expect(after.saveId === save.saveId && (after.response as { value: boolean }).value).toBe(refusal === null);
    },
  );

  it('covers each refusal and the saves it lets through', () => {
    const statuses = new Set(
      cases.map(({ stored, sameSaveId, seq, check }) =>
        answerRefusal(
          stored === 'none'
            ? null
            : { saveId: 'stored', seq: STORED_SEQ, checkedAt: stored === 'checked' ? new Date() : null },
          { saveId: sameSaveId ? 'stored' : 'new', seq, force: check },
        ),
      ),
    );
    expect(statuses).toEqual(new Set([null, 'duplicate', 'already-checked', 'stale']));
  });
});

// The assignment window is the attempt's condition in the same statement (WINDOW_TAKES_WORK_SQL beside windowTakesWork):
// each case is a class student with an assignment of the lesson placed around now, saved through the real save.
const HOUR = 60 * 60 * 1000;
const hours = (count: number) => new Date(Date.now() + count * HOUR);
type WindowCase = {
  name: string;
  assignment: { opensAt: Date; dueAt: Date; closesAt: Date | null; lockedQuizIds?: string[] } | null;
  extendedUntil?: Date;
  /** The student's extended dates (their support profile's): due and close dates this many days later. */
  extendedDays?: number;
  refusal: 'not-open' | 'closed' | null;
};
const windowCases: WindowCase[] = [
  { name: 'no assignment', assignment: null, refusal: null },
  { name: 'upcoming', assignment: { opensAt: hours(24), dueAt: hours(48), closesAt: null }, refusal: 'not-open' },
  { name: 'open', assignment: { opensAt: hours(-1), dueAt: hours(1), closesAt: hours(2) }, refusal: null },
  { name: 'late', assignment: { opensAt: hours(-3), dueAt: hours(-1), closesAt: hours(2) }, refusal: null },
  { name: 'late, never closing', assignment: { opensAt: hours(-3), dueAt: hours(-1), closesAt: null }, refusal: null },
  { name: 'closed', assignment: { opensAt: hours(-3), dueAt: hours(-2), closesAt: hours(-1) }, refusal: 'closed' },
  {
    name: 'closed, extended until later',
    assignment: { opensAt: hours(-3), dueAt: hours(-2), closesAt: hours(-1) },
    extendedUntil: hours(1),
    refusal: null,
  },
  {
    name: 'closed, extension already over',
    assignment: { opensAt: hours(-4), dueAt: hours(-3), closesAt: hours(-1) },
    extendedUntil: hours(-2),
    refusal: 'closed',
  },
  {
    name: 'closed for the class, open by the student’s extended dates',
    assignment: { opensAt: hours(-3), dueAt: hours(-2), closesAt: hours(-1) },
    extendedDays: 1,
    refusal: null,
  },
  {
    name: 'closed, the student’s extended dates over too',
    assignment: { opensAt: hours(-60), dueAt: hours(-50), closesAt: hours(-49) },
    extendedDays: 2,
    refusal: 'closed',
  },
  {
    name: 'upcoming, extended',
    assignment: { opensAt: hours(1), dueAt: hours(2), closesAt: hours(3) },
    extendedUntil: hours(4),
    refusal: 'not-open',
  },
  // The teacher's lock on the attempt's quiz (comprehension) closes it now; an extension still running reopens it.
  {
    name: 'open, quiz locked',
    assignment: { opensAt: hours(-1), dueAt: hours(1), closesAt: null, lockedQuizIds: ['comprehension'] },
    refusal: 'closed',
  },
  {
    name: 'open, another quiz locked',
    assignment: { opensAt: hours(-1), dueAt: hours(1), closesAt: null, lockedQuizIds: ['attribution'] },
    refusal: null,
  },
  {
    name: 'late, quiz locked, extended until later',
    assignment: { opensAt: hours(-3), dueAt: hours(-1), closesAt: hours(2), lockedQuizIds: ['comprehension'] },
    extendedUntil: hours(3),
    refusal: null,
  },
  {
    name: 'open, quiz locked, extension already over',
    assignment: { opensAt: hours(-3), dueAt: hours(1), closesAt: null, lockedQuizIds: ['comprehension'] },
    extendedUntil: hours(-1),
    refusal: 'closed',
  },
  {
    name: 'upcoming, quiz locked',
    assignment: { opensAt: hours(1), dueAt: hours(2), closesAt: null, lockedQuizIds: ['comprehension'] },
    refusal: 'not-open',
  },
];

describe('the assignment window in the save', () => {
  it.each(windowCases)('the statement and the rule agree: $name', async (windowCase) => {
    const { assignment, extendedUntil, extendedDays = 0, refusal } = windowCase;
    const teacher = await database.prisma.teacher.create({
      data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
    });
    const klass = await database.prisma.class.create({
      data: { teacherId: teacher.id, name: 'Period 1', joinCode: randomUUID().slice(0, 6).toUpperCase() },
    });
    const student = await database.prisma.learner.create({
      data: { classId: klass.id, displayName: 'Ana', extendedDays },
    });
    const attempt = await getOrStartAttempt(student.id, lesson.slug, 'comprehension');
    if (assignment) {
      const { id } = await database.prisma.assignment.create({
        data: { classId: klass.id, lessonSlug: lesson.slug, ...assignment },
      });
      if (extendedUntil)
        await database.prisma.assignmentExtension.create({
          data: { assignmentId: id, learnerId: student.id, closesAt: extendedUntil },
        });
    }
    const takes = windowTakesWork(
      assignment && { ...withExtendedDays(assignment, extendedDays), extendedUntil: extendedUntil ?? null },
      'comprehension',
      new Date(),
    );
    expect(takes).toBe(refusal === null);

    const result = await saveAnswer(lesson, {
      learnerId: student.id,
      attemptId: attempt.id,
      itemId: ITEM,
      response: { value: true },
      saveId: randomUUID(),
      seq: 1,
      check: false,
    });

    expect(result.status).toBe(refusal ?? 'saved');
    const stored = await database.prisma.quizAnswer.count({ where: { attemptId: attempt.id } });
    expect(stored).toBe(takes ? 1 : 0);
  });

  it("leaves a guest's and another class's work alone", async () => {
    const teacher = await database.prisma.teacher.create({
      data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
    });
    const newClass = (name: string) =>
      database.prisma.class.create({
        data: { teacherId: teacher.id, name, joinCode: randomUUID().slice(0, 6).toUpperCase() },
      });
    const closedClass = await newClass('Closed');
    const otherClass = await newClass('Other');
    await database.prisma.assignment.create({
      data: {
        classId: closedClass.id,
        lessonSlug: lesson.slug,
        opensAt: hours(-3),
        dueAt: hours(-2),
        closesAt: hours(-1),
      },
    });
    const other = await database.prisma.learner.create({ data: { classId: otherClass.id, displayName: 'Leo' } });
    const { learnerId: guest } = await createAnonymousLearner();
    for (const learnerId of [other.id, guest]) {
      const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
      const input = { learnerId, attemptId: attempt.id, itemId: ITEM, response: { value: true } };
      const result = await saveAnswer(lesson, { ...input, saveId: randomUUID(), seq: 1, check: false });
      expect(result.status).toBe('saved');
    }
  });
});

// Revise and resubmit: a submitted attempt takes a save to one written answer while its revision is asked
// (revisionTakesSaveSql beside revisionTakesSave). Each case stores the two written answers of a submitted attempt, asks
// (or not) for a revision of the first, and saves to one of them through the real save.
const [askedItem, otherItem] = lesson.quizzes[0]!.items.filter((item) => item.type === 'written');
const revisionCases = [true, false].flatMap((asked) => [true, false].map((sameItem) => ({ asked, sameItem })));

describe('a revision in the save', () => {
  it.each(revisionCases)('the statement and the rule agree: asked $asked, same item $sameItem', async (one) => {
    const { learnerId } = await createAnonymousLearner();
    const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
    const response = (item: typeof askedItem) => ({
      text: 'Words.',
      evidence: [item!.type === 'written' ? item!.evidence[0]! : ''],
      language: 'en',
    });
    for (const item of [askedItem!, otherItem!])
      await database.prisma.quizAnswer.create({
        data: {
          attemptId: attempt.id,
          itemId: item.id,
          response: response(item),
          saveId: randomUUID(),
          seq: 1,
          revisionRequestedAt: one.asked && item === askedItem ? new Date() : null,
        },
      });
    await database.prisma.quizAttempt.update({ where: { id: attempt.id }, data: { status: 'submitted' } });
    const target = one.sameItem ? askedItem! : otherItem!;
    const stored = await database.prisma.quizAnswer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: attempt.id, itemId: target.id } },
    });
    const takes = attemptTakesSave({ status: 'submitted', practice: false }, stored);
    expect(takes).toBe(one.asked && one.sameItem);

    const result = await saveAnswer(lesson, {
      learnerId,
      attemptId: attempt.id,
      itemId: target.id,
      response: { ...response(target), text: 'Revised.' },
      saveId: randomUUID(),
      seq: 2,
      check: true,
    });

    expect(result.status).toBe(takes ? 'saved' : 'submitted');
    const after = await database.prisma.quizAnswer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: attempt.id, itemId: target.id } },
    });
    expect((after.response as { text: string }).text).toBe(takes ? 'Revised.' : 'Words.');
  });
});
