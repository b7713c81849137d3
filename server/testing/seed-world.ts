import 'server-only';
import { randomUUID } from 'node:crypto';
import type { QuizId } from '@/content/quiz-schema';
import type { ClassSettings } from '@/lib/account-rules';
import type { Pacing } from '@/lib/assignments/pacing';
import { hashPassword, type ScryptParams } from '../auth/passwords';
import { newResumeCode, storedResumeCode } from '../auth/resume-codes';
import { db } from '../db/client';
import { startLearnerSession } from '../auth/learner-sessions';
import { createClass } from '../teacher/classes';
import { startTeacherSession } from '../auth/teacher-sessions';
import { createPasswordResetLink } from '../teacher/password-reset';
import { getLesson } from '../lessons';
import { getOrStartAttempt, saveAnswer, submitAttempt } from '../quiz/attempts';
import { extendAssignment, setAssignment } from '../assignments/teacher-assignments';
import { createFamilyLink } from '../reports/family-links';
import { signFamilyToken } from '../reports/family-tokens';
import { returnWrittenScores } from '../teacher/written-return';
import { scoreWrittenAnswer } from '../teacher/written-scores';

// What the browser tests set up without clicking through forms that are not what they test (server/testing/
// seed-listener.ts serves it). Each function goes through the app's own modules, so a seeded row is a row the app made.

/** scrypt at 1/128 of the production cost: a seeded teacher still signs in through verifyPassword, which reads N. */
const SEED_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 };

/** A teacher account with the given password, and a session for it. */
export async function seedTeacher(email: string, password: string) {
  const passwordHash = await hashPassword(password, SEED_SCRYPT);
  const teacher = await db().prisma.teacher.create({ data: { email, passwordHash }, select: { id: true } });
  return { teacherId: teacher.id, token: await startTeacherSession(teacher.id) };
}

/** The token of a "Forgot password?" link of the teacher's, as the mail would have carried it (no mail is sent). */
export async function seedPasswordResetLink(teacherId: string) {
  const { token } = await createPasswordResetLink(teacherId);
  return { token };
}

/** A class of the teacher's, with its join code. */
export async function seedClass(teacherId: string, name: string, settings: ClassSettings) {
  const { id } = await createClass(teacherId, name, settings);
  const { joinCode } = await db().prisma.class.findUniqueOrThrow({ where: { id }, select: { joinCode: true } });
  return { classId: id, joinCode };
}

/** A student who joined the class under this name, signed in, with the personal code the join would have shown. */
export async function seedStudent(classId: string, displayName: string) {
  const resumeCode = newResumeCode();
  const learner = await db().prisma.learner.create({
    data: { classId, displayName, ...storedResumeCode(resumeCode), joinedAt: new Date() },
    select: { id: true },
  });
  return { learnerId: learner.id, token: await startLearnerSession(learner.id), resumeCode };
}

/** Ends the grace period of a class's previous join code now, as if its ten minutes had passed. */
export async function expireCodeGrace(classId: string) {
  const { count } = await db().prisma.class.updateMany({
    where: { id: classId, previousJoinCode: { not: null } },
    data: { previousCodeValidUntil: new Date(Date.now() - 1000) },
  });
  return { expired: count };
}

/**
 * A student's attempt at one quiz of a lesson: each answer saved through the app's own save (checked, as with the
 * item's button), then submitted when asked. Any answer the app refuses fails the seed.
 */
export async function seedQuizWork(
  learnerId: string,
  lessonSlug: string,
  quizId: QuizId,
  locale: 'en' | 'es',
  answers: { itemId: string; response: unknown }[],
  submit: boolean,
) {
  const lesson = getLesson(lessonSlug);
  if (!lesson) throw new Error(`there is no lesson ${lessonSlug}`);
  const attempt = await getOrStartAttempt(learnerId, lesson.slug, quizId, locale);
  for (const [index, { itemId, response }] of answers.entries()) {
    const input = { learnerId, attemptId: attempt.id, itemId, response, saveId: randomUUID(), seq: index + 1 };
    const saved = await saveAnswer(lesson, { ...input, check: true });
    if (saved.status !== 'saved') throw new Error(`the answer to ${itemId} was not saved: ${saved.status}`);
  }
  if (submit && (await submitAttempt(lesson, learnerId, attempt.id)).status !== 'submitted')
    throw new Error(`the ${quizId} attempt was not submitted`);
  return { attemptId: attempt.id };
}

/**
 * A lesson's assignment in a class with any dates (an opening tomorrow, a due date an hour ago), and students'
 * extensions, through the teacher's own functions: the tests need not wait for a date to pass.
 */
export async function seedAssignment(request: {
  classId: string;
  lessonSlug: string;
  opensAt: string;
  dueAt: string;
  closesAt: string | null;
  pacing?: Pacing;
  practiceQuizIds?: string[];
  extensions: { learnerId: string; closesAt: string }[];
}) {
  const { teacherId } = await db().prisma.class.findUniqueOrThrow({
    where: { id: request.classId },
    select: { teacherId: true },
  });
  const dates = {
    opensAt: new Date(request.opensAt),
    dueAt: new Date(request.dueAt),
    closesAt: request.closesAt ? new Date(request.closesAt) : null,
  };
  if (
    !(await setAssignment(
      teacherId,
      request.classId,
      request.lessonSlug,
      dates,
      request.pacing,
      request.practiceQuizIds,
    ))
  )
    throw new Error('the assignment was not set');
  for (const extension of request.extensions) {
    const closesAt = new Date(extension.closesAt);
    if (!(await extendAssignment(teacherId, request.classId, request.lessonSlug, extension.learnerId, closesAt)))
      throw new Error(`the extension of ${extension.learnerId} was not set`);
  }
  return { ok: true };
}

async function teacherOf(classId: string) {
  const { teacherId } = await db().prisma.class.findUniqueOrThrow({
    where: { id: classId },
    select: { teacherId: true },
  });
  return teacherId;
}

/**
 * A family link to a student's report made by their teacher as of `madeDaysAgo` days ago, working `days` from then
 * (made 31 days ago for 30 days: expired yesterday), and its token, as the teacher's page shows it.
 */
export async function seedFamilyLink(request: {
  classId: string;
  learnerId: string;
  lessonSlug: string;
  days: number;
  madeDaysAgo: number;
}) {
  const made = new Date(Date.now() - request.madeDaysAgo * 24 * 60 * 60 * 1000);
  const { classId, lessonSlug, learnerId, days } = request;
  const link = await createFamilyLink(await teacherOf(classId), classId, lessonSlug, learnerId, days, made);
  if (!link) throw new Error('the family link was not made');
  return { linkId: link.id, token: signFamilyToken({ linkId: link.id, expiresAt: link.expiresAt }) };
}

/** A teacher's level and comment on a written answer of a submitted attempt, returned to the student at once. */
export async function seedReturnedScore(request: {
  classId: string;
  lessonSlug: string;
  quizId: QuizId;
  attemptId: string;
  itemId: string;
  level: number;
  comment: string;
  /** Ask the student to revise it, as the teacher's "ask for a revision" box does. */
  revise?: boolean;
}) {
  const lesson = getLesson(request.lessonSlug);
  const quiz = lesson?.quizzes.find((candidate) => candidate.id === request.quizId);
  if (!lesson || !quiz) throw new Error(`there is no quiz ${request.quizId} in ${request.lessonSlug}`);
  const teacherId = await teacherOf(request.classId);
  const scored = await scoreWrittenAnswer(teacherId, request.classId, lesson, quiz, request);
  if (typeof scored !== 'object') throw new Error(`the written answer was not scored: ${scored}`);
  await returnWrittenScores(teacherId, request.classId, lesson, quiz);
  return { ok: true };
}

/**
 * Moves every trace of a student's work in a lesson (attempts' starts and submits, answer saves, reading progress)
 * `minutes` into the past, as if the student had stopped then: the live view's idle time without waiting for it.
 */
export async function backdateWork(learnerId: string, lessonSlug: string, minutes: number) {
  const prisma = db().prisma;
  const by = minutes * 60_000;
  const shift = (at: Date) => new Date(at.getTime() - by);
  const attempts = await prisma.quizAttempt.findMany({
    where: { learnerId, lessonSlug },
    select: { id: true, startedAt: true, submittedAt: true, answers: { select: { itemId: true, updatedAt: true } } },
  });
  for (const attempt of attempts) {
    await prisma.quizAttempt.update({
      where: { id: attempt.id },
      data: { startedAt: shift(attempt.startedAt), submittedAt: attempt.submittedAt && shift(attempt.submittedAt) },
    });
    for (const answer of attempt.answers)
      await prisma.quizAnswer.update({
        where: { attemptId_itemId: { attemptId: attempt.id, itemId: answer.itemId } },
        data: { updatedAt: shift(answer.updatedAt) },
      });
  }
  const reading = await prisma.readingProgress.findUnique({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
  });
  if (reading)
    await prisma.readingProgress.update({
      where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
      data: { updatedAt: shift(reading.updatedAt) },
    });
  return { attempts: attempts.length };
}
