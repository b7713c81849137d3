import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { isLate } from '@/lib/assignments/window';
import en from '@/messages/en.json';
import { classCsv } from '../teacher/class-exports';
import { getClassOverview } from '../teacher/dashboard';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';

// A submission after the due date is flagged late on the roster and in both CSV files, by the SQL of late.ts, which
// must agree with isLate; a class without an assignment has no such column.
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);

const database = setUpAppTestDatabase();
const lesson = getLesson('zero-tolerance')!;
const quizTitle = lesson.quizzes.find((quiz) => quiz.id === 'comprehension')!.title.en;
const overviewLesson = { slug: lesson.slug, paragraphCount: 10, quizIds: ['comprehension', 'attribution'] as const };
const dueAt = new Date('2026-12-10T12:00:00.000Z');
const at = (offsetMs: number) => new Date(dueAt.getTime() + offsetMs);

/** Ana submits a millisecond before the due date, Ben exactly at it, Cy a millisecond after, Dee is still working. */
const work: Record<string, Date | null> = { Ana: at(-1), Ben: at(0), Cy: at(1), Dee: null };

async function classWithWork(assigned: boolean) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 7', joinCode: randomUUID().slice(0, 6).toUpperCase() },
  });
  if (assigned)
    await database.prisma.assignment.create({
      data: { classId: klass.id, lessonSlug: lesson.slug, opensAt: at(-86_400_000), dueAt },
    });
  for (const [name, submittedAt] of Object.entries(work)) {
    const learner = await database.prisma.learner.create({ data: { classId: klass.id, displayName: name } });
    const attempt = await database.prisma.quizAttempt.create({
      data: {
        learnerId: learner.id,
        lessonSlug: lesson.slug,
        quizId: 'comprehension',
        number: 1,
        status: submittedAt ? 'submitted' : 'in_progress',
        submittedAt,
        pointsEarned: submittedAt ? 6 : null,
        pointsPossible: submittedAt ? 12 : null,
      },
    });
    await database.prisma.quizAnswer.create({
      data: { attemptId: attempt.id, itemId: 'c-countries', response: { optionId: 'x' }, saveId: randomUUID(), seq: 1 },
    });
  }
  return { teacherId: teacher.id, classId: klass.id };
}

const csv = async (kind: 'students' | 'answers', teacherId: string, classId: string) =>
  parse((await classCsv(kind, teacherId, classId, lesson, 'en'))!.replace(/^\uFEFF/, ''), {
    columns: true,
  }) as Record<string, string>[];

describe('late submissions', () => {
  it('are flagged on the roster and in both CSV files exactly when isLate says so', async () => {
    const { teacherId, classId } = await classWithWork(true);
    const expected = Object.fromEntries(
      Object.entries(work).map(([name, submittedAt]) => [name, isLate(dueAt, submittedAt)]),
    );
    expect(expected).toEqual({ Ana: false, Ben: false, Cy: true, Dee: false });

    const overview = (await getClassOverview(teacherId, classId, overviewLesson))!;
    const roster = Object.fromEntries(
      overview.students.map((student) => [student.displayName, student.quizzes.comprehension?.late === true]),
    );
    expect(roster).toEqual(expected);

    const words = (late: boolean, submitted: boolean) =>
      !submitted ? '' : late ? en.ClassExport.late : en.ClassExport.onTime;
    const students = await csv('students', teacherId, classId);
    const column = en.ClassExport.timeliness.replace('{quiz}', quizTitle);
    const flagged = Object.fromEntries(
      Object.entries(work).map(([name, when]) => [name, words(expected[name]!, when !== null)]),
    );
    expect(Object.fromEntries(students.map((row) => [row[en.ClassExport.student], row[column]]))).toEqual(flagged);
    const answers = await csv('answers', teacherId, classId);
    const byAttempt = answers.map((row) => [row[en.ClassExport.student], row[en.ClassExport.attemptTimeliness]]);
    expect(Object.fromEntries(byAttempt)).toEqual(flagged);
  });

  it('count from the student’s own due date: a day later with a day of extended dates', async () => {
    const { teacherId, classId } = await classWithWork(true);
    // Ana and Cy again, with a day of extended dates: Cy's millisecond past the class's due date is on time now.
    await database.prisma.learner.updateMany({
      where: { classId, displayName: { in: ['Ana', 'Cy'] } },
      data: { extendedDays: 1 },
    });
    const late = await database.prisma.learner.findFirstOrThrow({ where: { classId, displayName: 'Ana' } });
    await database.prisma.quizAttempt.updateMany({
      where: { learnerId: late.id },
      data: { submittedAt: at(86_400_000 + 1) },
    });
    const overview = (await getClassOverview(teacherId, classId, overviewLesson))!;
    const roster = Object.fromEntries(
      overview.students.map((student) => [student.displayName, student.quizzes.comprehension?.late === true]),
    );
    expect(roster).toEqual({ Ana: true, Ben: false, Cy: false, Dee: false });
    const answers = await csv('answers', teacherId, classId);
    const byAttempt = Object.fromEntries(
      answers.map((row) => [row[en.ClassExport.student], row[en.ClassExport.attemptTimeliness]]),
    );
    expect([byAttempt.Ana, byAttempt.Cy]).toEqual([en.ClassExport.late, en.ClassExport.onTime]);
  });

  it('leave a class without an assignment as it was: no flag and no column', async () => {
    const { teacherId, classId } = await classWithWork(false);
    const overview = (await getClassOverview(teacherId, classId, overviewLesson))!;
    expect(overview.students.some((student) => student.quizzes.comprehension?.late)).toBe(false);
    const [students, answers] = [await csv('students', teacherId, classId), await csv('answers', teacherId, classId)];
    expect(
      Object.keys(students[0]!).some((header) => header === en.ClassExport.timeliness.replace('{quiz}', quizTitle)),
    ).toBe(false);
    expect(Object.keys(answers[0]!)).not.toContain(en.ClassExport.attemptTimeliness);
  });
});
