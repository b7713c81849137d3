import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords';
import { deleteTeacherAccount, signInTeacher } from './accounts';
import { endAllTeacherSessions, findTeacherByToken } from '../auth/teacher-sessions';
import { hashToken, newToken } from '../auth/tokens';
import { setUpAppTestDatabase } from '../testing/setup-database';

const database = setUpAppTestDatabase();

const PASSWORD = 'a long class password';
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

async function newTeacher() {
  const email = `${unique('teacher')}@school.example`;
  const teacher = await database.prisma.teacher.create({
    data: { email, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true },
  });
  return { teacherId: teacher.id, email };
}

async function signIn(email: string) {
  const result = await signInTeacher(email, PASSWORD, unique('ip'));
  if (!result.ok) throw new Error(result.error);
  return result.token;
}

/** A learner with a row in every table below Learner (and, for a student, a merge recorded in their class). */
async function learnerWithWork(classId: string | null, name: string) {
  const learner = await database.prisma.learner.create({
    data: { classId, displayName: classId ? name : null },
    select: { id: true },
  });
  const learnerId = learner.id;
  await database.prisma.learnerSession.create({ data: { learnerId, tokenHash: hashToken(newToken()) } });
  await database.prisma.readingProgress.create({
    data: { learnerId, lessonSlug: 'zero-tolerance', furthestParagraph: 3 },
  });
  await database.prisma.readingPreference.create({ data: { learnerId, textSize: 'large', lineSpacing: 'loose' } });
  await database.prisma.topicFamiliarity.create({ data: { learnerId, lessonSlug: 'zero-tolerance', level: 2 } });
  const attempt = await database.prisma.quizAttempt.create({
    data: { learnerId, lessonSlug: 'zero-tolerance', quizId: 'comprehension', number: 1 },
  });
  await database.prisma.quizAnswer.create({
    data: { attemptId: attempt.id, itemId: 'c-countries', response: { optionId: 'x' }, saveId: randomUUID(), seq: 1 },
  });
  if (classId) {
    await database.prisma.studentMerge.create({
      data: { classId, keptLearnerId: learnerId, mergedName: `${name} 2`, attemptsMoved: 1, answersMoved: 1 },
    });
    const assignment = await database.prisma.assignment.findUniqueOrThrow({
      where: { classId_lessonSlug: { classId, lessonSlug: 'zero-tolerance' } },
      select: { id: true },
    });
    await database.prisma.assignmentExtension.create({
      data: { assignmentId: assignment.id, learnerId, closesAt: new Date() },
    });
  }
}

/** A teacher with two classes (one archived), two students in each, and their work. */
async function teacherWithClasses() {
  const teacher = await newTeacher();
  for (const archivedAt of [null, new Date()]) {
    const joinCode = randomUUID()
      .replace(/[^A-Z2-9]/gi, '')
      .slice(0, 6)
      .toUpperCase();
    const klass = await database.prisma.class.create({
      data: { teacherId: teacher.teacherId, name: unique('class'), joinCode, archivedAt },
      select: { id: true },
    });
    const opensAt = new Date();
    await database.prisma.assignment.create({
      data: { classId: klass.id, lessonSlug: 'zero-tolerance', opensAt, dueAt: opensAt },
    });
    for (const name of ['Ana', 'Leo']) await learnerWithWork(klass.id, name);
  }
  return teacher;
}

/** Every row that belongs to this teacher, counted table by table. */
async function rowsOf(teacherId: string) {
  const { prisma } = database;
  const learner = { learner: { class: { teacherId } } };
  return {
    Teacher: await prisma.teacher.count({ where: { id: teacherId } }),
    TeacherSession: await prisma.teacherSession.count({ where: { teacherId } }),
    Class: await prisma.class.count({ where: { teacherId } }),
    Learner: await prisma.learner.count({ where: { class: { teacherId } } }),
    LearnerSession: await prisma.learnerSession.count({ where: learner }),
    ReadingProgress: await prisma.readingProgress.count({ where: learner }),
    ReadingPreference: await prisma.readingPreference.count({ where: learner }),
    TopicFamiliarity: await prisma.topicFamiliarity.count({ where: learner }),
    QuizAttempt: await prisma.quizAttempt.count({ where: learner }),
    QuizAnswer: await prisma.quizAnswer.count({ where: { attempt: learner } }),
    StudentMerge: await prisma.studentMerge.count({ where: { class: { teacherId } } }),
    Assignment: await prisma.assignment.count({ where: { class: { teacherId } } }),
    AssignmentExtension: await prisma.assignmentExtension.count({ where: learner }),
  };
}

/** Every table's total, to show that nothing outside one teacher's rows changed. */
async function totals() {
  const { prisma } = database;
  return {
    Teacher: await prisma.teacher.count(),
    TeacherSession: await prisma.teacherSession.count(),
    Class: await prisma.class.count(),
    Learner: await prisma.learner.count(),
    LearnerSession: await prisma.learnerSession.count(),
    ReadingProgress: await prisma.readingProgress.count(),
    ReadingPreference: await prisma.readingPreference.count(),
    TopicFamiliarity: await prisma.topicFamiliarity.count(),
    QuizAttempt: await prisma.quizAttempt.count(),
    QuizAnswer: await prisma.quizAnswer.count(),
    StudentMerge: await prisma.studentMerge.count(),
    Assignment: await prisma.assignment.count(),
    AssignmentExtension: await prisma.assignmentExtension.count(),
  };
}

const minus = (all: Record<string, number>, part: Record<string, number>) =>
  Object.fromEntries(Object.entries(all).map(([table, count]) => [table, count - (part[table] ?? 0)]));

describe('deleting a teacher account', () => {
  it('deletes the teacher and every row of their classes, and nothing of anyone else', async () => {
    const doomed = await teacherWithClasses();
    const other = await teacherWithClasses();
    await signIn(doomed.email);
    await signIn(doomed.email);
    const otherToken = await signIn(other.email);
    await learnerWithWork(null, 'guest');

    const before = await rowsOf(doomed.teacherId);
    expect(
      Object.values(before).every((count) => count > 0),
      JSON.stringify(before),
    ).toBe(true);
    const otherBefore = await rowsOf(other.teacherId);
    const totalsBefore = await totals();

    expect(await deleteTeacherAccount(doomed.teacherId, 'not the password')).toEqual({
      ok: false,
      error: 'wrong-password',
    });
    expect(await totals(), 'a wrong password deletes nothing').toEqual(totalsBefore);

    expect(await deleteTeacherAccount(doomed.teacherId, PASSWORD)).toEqual({ ok: true });
    expect(Object.values(await rowsOf(doomed.teacherId)).every((count) => count === 0)).toBe(true);
    expect(await rowsOf(other.teacherId)).toEqual(otherBefore);
    // Everything else, the guest's rows included, is exactly what it was.
    expect(await totals()).toEqual(minus(totalsBefore, before));
    expect(await findTeacherByToken(otherToken)).not.toBeNull();
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the teacher and none of another teacher', async () => {
    const teacher = await newTeacher();
    const other = await newTeacher();
    const tokens = [await signIn(teacher.email), await signIn(teacher.email), await signIn(teacher.email)];
    const otherTokens = [await signIn(other.email), await signIn(other.email)];
    for (const token of tokens) expect(await findTeacherByToken(token)).not.toBeNull();

    await endAllTeacherSessions(teacher.teacherId);
    for (const token of tokens) expect(await findTeacherByToken(token)).toBeNull();
    expect(await database.prisma.teacherSession.count({ where: { teacherId: teacher.teacherId } })).toBe(0);
    for (const token of otherTokens)
      expect(await findTeacherByToken(token)).toMatchObject({ teacherId: other.teacherId });
    expect(await database.prisma.teacherSession.count({ where: { teacherId: other.teacherId } })).toBe(2);
  });
});
