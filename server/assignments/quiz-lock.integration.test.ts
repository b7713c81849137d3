import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE } from '@/lib/action-result';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import {
  setAssignmentAction,
  setQuizLockAction,
} from '@/app/[locale]/teacher/classes/[classId]/lessons/[slug]/actions';
import { setTeacherCookie } from '../auth/teacher-session';
import { hashToken, newToken } from '../auth/tokens';
import { getLesson } from '../lessons';
import { answerItem } from '../quiz/answer-item';
import { getOrStartAttempt, openAttempt, saveAnswer, submitAttempt } from '../quiz/attempts';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { extendAssignment, getAssignment, setAssignment, setQuizLocked } from './teacher-assignments';

// A teacher locks one quiz of an assignment for the whole class and reopens it (an extension reopens it for one
// student), and chooses which quizzes count: through the window rule every save, start and submit goes through.

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.mock('@/i18n/navigation', async () => (await import('../testing/next-request')).navigationMock);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const lesson = getLesson('zero-tolerance')!;
const QUIZ = 'comprehension' as const;
const ITEM = 'c-midterms'; // a true/false item of the comprehension quiz
const HOUR = 60 * 60 * 1000;
const hours = (count: number) => new Date(Date.now() + count * HOUR);
const open = { opensAt: hours(-1), dueAt: hours(24), closesAt: null };

async function teacherWithClass() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 3', joinCode: randomUUID().slice(0, 6).toUpperCase() },
  });
  const student = (displayName: string) => database.prisma.learner.create({ data: { classId: klass.id, displayName } });
  return { teacherId: teacher.id, classId: klass.id, ana: (await student('Ana')).id, leo: (await student('Leo')).id };
}

// Each save newer than the last, so that only the window can refuse it.
let seq = 0;
const save = (learnerId: string, attemptId: string) =>
  saveAnswer(lesson, {
    learnerId,
    attemptId,
    itemId: ITEM,
    response: { value: true },
    saveId: randomUUID(),
    seq: (seq += 1),
    check: false,
  });

async function signIn(teacherId: string) {
  const token = newToken();
  await database.prisma.teacherSession.create({ data: { teacherId, tokenHash: hashToken(token) } });
  await setTeacherCookie(token);
}

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return data;
};

describe('a quiz locked for the class', () => {
  it('refuses a save, a submit and a new attempt at that quiz, and leaves the other quiz open', async () => {
    const { teacherId, classId, ana, leo } = await teacherWithClass();
    await setAssignment(teacherId, classId, lesson.slug, open);
    const attempt = await getOrStartAttempt(ana, lesson.slug, QUIZ);
    expect((await save(ana, attempt.id)).status).toBe('saved');

    expect(await setQuizLocked(teacherId, classId, lesson.slug, QUIZ, true)).toBe(true);
    expect((await save(ana, attempt.id)).status).toBe('closed');
    expect((await submitAttempt(lesson, ana, attempt.id)).status).toBe('closed');
    expect(await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      status: 'in_progress',
    });
    expect(await openAttempt(leo, lesson.slug, QUIZ, 'en')).toEqual({ refused: 'closed' });
    const other = await openAttempt(ana, lesson.slug, 'attribution', 'en');
    expect('attempt' in other).toBe(true);
  });

  it('lets a student with a running extension through, and not their classmate', async () => {
    const { teacherId, classId, ana, leo } = await teacherWithClass();
    await setAssignment(teacherId, classId, lesson.slug, open);
    const anas = await getOrStartAttempt(ana, lesson.slug, QUIZ);
    const leos = await getOrStartAttempt(leo, lesson.slug, QUIZ);
    await setQuizLocked(teacherId, classId, lesson.slug, QUIZ, true);
    expect(await extendAssignment(teacherId, classId, lesson.slug, ana, hours(2))).toBe(true);

    expect((await save(ana, anas.id)).status).toBe('saved');
    expect((await submitAttempt(lesson, ana, anas.id)).status).toBe('submitted');
    expect((await save(leo, leos.id)).status).toBe('closed');
    expect(
      await answerItem(leo, 'en', {
        lesson,
        quizId: QUIZ,
        attemptId: null,
        itemId: ITEM,
        response: { value: true },
        saveId: randomUUID(),
        seq: 1,
        check: false,
      }),
    ).toEqual({
      status: 'error',
      code: 'closed',
    });
  });

  it('takes work again once reopened', async () => {
    const { teacherId, classId, ana } = await teacherWithClass();
    await setAssignment(teacherId, classId, lesson.slug, open);
    const attempt = await getOrStartAttempt(ana, lesson.slug, QUIZ);
    await setQuizLocked(teacherId, classId, lesson.slug, QUIZ, true);
    expect((await save(ana, attempt.id)).status).toBe('closed');

    expect(await setQuizLocked(teacherId, classId, lesson.slug, QUIZ, false)).toBe(true);
    expect((await save(ana, attempt.id)).status).toBe('saved');
    expect((await submitAttempt(lesson, ana, attempt.id)).status).toBe('submitted');
  });
});

describe('the lock action', () => {
  it("locks for the owning teacher, once however often it is sent, and reopens; says so in the page's language", async () => {
    const { teacherId, classId } = await teacherWithClass();
    await setAssignment(teacherId, classId, lesson.slug, open);
    await signIn(teacherId);
    fakeRequest.locale = 'es';
    const lock = form({ classId, lessonSlug: lesson.slug, quizId: QUIZ, locked: 'true' });
    expect(await setQuizLockAction(IDLE, lock)).toEqual({ status: 'ok', message: es.Assignment.locked });
    expect(await setQuizLockAction(IDLE, lock)).toEqual({ status: 'ok', message: es.Assignment.locked });
    expect((await getAssignment(teacherId, classId, lesson.slug))?.lockedQuizIds).toEqual([QUIZ]);
    const reopen = form({ classId, lessonSlug: lesson.slug, quizId: QUIZ, locked: 'false' });
    expect(await setQuizLockAction(IDLE, reopen)).toEqual({ status: 'ok', message: es.Assignment.reopened });
    expect((await getAssignment(teacherId, classId, lesson.slug))?.lockedQuizIds).toEqual([]);
  });

  it("changes nothing in another teacher's class, nor for a quiz the lesson does not have", async () => {
    const a = await teacherWithClass();
    const b = await teacherWithClass();
    await setAssignment(a.teacherId, a.classId, lesson.slug, open);
    await setAssignment(b.teacherId, b.classId, lesson.slug, open);
    await signIn(b.teacherId);
    const lock = (quizId: string, classId = a.classId) =>
      setQuizLockAction(IDLE, form({ classId, lessonSlug: lesson.slug, quizId, locked: 'true' }));
    expect(await lock(QUIZ)).toMatchObject({ status: 'error', message: en.Assignment.errors.noAssignment });
    expect(await setQuizLocked(b.teacherId, a.classId, lesson.slug, QUIZ, true)).toBe(false);
    expect(await lock('checkpoints', b.classId)).toMatchObject({ status: 'error', message: en.Forms.fixErrors });
    expect(await lock('nonsense', b.classId)).toMatchObject({ status: 'error' });
    expect(
      await database.prisma.assignment.findMany({
        where: { classId: { in: [a.classId, b.classId] } },
        select: { lockedQuizIds: true },
      }),
    ).toEqual([{ lockedQuizIds: [] }, { lockedQuizIds: [] }]);
  });
});

describe('the quizzes that count', () => {
  const assignmentForm = (classId: string, counted: string[]) =>
    form({ classId, lessonSlug: lesson.slug, opensAt: '2030-01-01T09:00', dueAt: '2030-01-02T09:00', counted });

  it('stores the unticked quiz as practice, and all count again once both are ticked', async () => {
    const { teacherId, classId } = await teacherWithClass();
    await signIn(teacherId);
    expect(await setAssignmentAction(IDLE, assignmentForm(classId, [QUIZ]))).toEqual({
      status: 'ok',
      message: en.Assignment.saved,
    });
    expect((await getAssignment(teacherId, classId, lesson.slug))?.practiceQuizIds).toEqual(['attribution']);
    await setAssignmentAction(IDLE, assignmentForm(classId, [QUIZ, 'attribution']));
    expect((await getAssignment(teacherId, classId, lesson.slug))?.practiceQuizIds).toEqual([]);
  });

  it('refuses none ticked, or a quiz that is not the lesson’s, with a translated message, and stores nothing', async () => {
    const { teacherId, classId } = await teacherWithClass();
    await signIn(teacherId);
    fakeRequest.locale = 'es';
    for (const counted of [[], ['checkpoints'], [QUIZ, 'someone-elses']]) {
      const result = await setAssignmentAction(IDLE, assignmentForm(classId, counted));
      expect(result).toMatchObject({ status: 'error', fieldErrors: { counted: es.Assignment.errors.counted } });
    }
    expect(await database.prisma.assignment.count({ where: { classId } })).toBe(0);
  });
});
