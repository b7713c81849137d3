import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WrittenItem } from '@/content/quiz-schema';
import { quizStatusesOf, type AttemptSummary } from '@/lib/quiz/quiz-status';
import { getOrStartAttempt, saveAnswer, submitAttempt } from './attempts';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { returnWrittenScores } from '../teacher/written-return';
import { scoreWrittenAnswer } from '../teacher/written-scores';
import { recordFeedbackSeen, UNSEEN_FEEDBACK } from './teacher-feedback';

const database = setUpAppTestDatabase();

const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const [first, second] = quiz.items.filter((item): item is WrittenItem => item.type === 'written');
const written = (item: WrittenItem, text: string) => ({ text, evidence: [item.evidence[0]!], language: 'es' as const });

/** A class with one student who wrote both written answers and submitted. */
async function submittedWork() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 4', joinCode: randomUUID().slice(0, 6) },
  });
  const learner = await database.prisma.learner.create({ data: { classId: klass.id, displayName: 'Ana' } });
  const attempt = await getOrStartAttempt(learner.id, lesson.slug, quiz.id);
  for (const item of [first!, second!])
    await saveAnswer(lesson, {
      learnerId: learner.id,
      attemptId: attempt.id,
      itemId: item.id,
      response: written(item, 'Porque la separación viola los derechos del niño.'),
      saveId: randomUUID(),
      seq: 1,
      check: false,
    });
  expect((await submitAttempt(lesson, learner.id, attempt.id)).status).toBe('submitted');
  return { teacherId: teacher.id, classId: klass.id, learnerId: learner.id, attemptId: attempt.id };
}

async function unseen(attemptId: string): Promise<boolean> {
  const rows = await database.prisma.$queryRaw<{ unseen: boolean }[]>`
    SELECT ${UNSEEN_FEEDBACK} AS "unseen" FROM "QuizAttempt" q WHERE q."id" = ${attemptId}::uuid`;
  return rows[0]!.unseen;
}

const status = async (attemptId: string) => {
  const row = await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const summary: AttemptSummary = { ...row, answered: null };
  return quizStatusesOf([quiz], [summary])[0]!;
};

describe('feedback from the teacher', () => {
  it('waits to be seen from the return until the student opens the results, and again after the next return', async () => {
    const work = await submittedWork();
    expect(await status(work.attemptId)).toMatchObject({ state: 'submitted', pending: 2 });

    // Scored but not returned: nothing to see yet.
    const score = (itemId: string, level: number) =>
      scoreWrittenAnswer(work.teacherId, work.classId, lesson, quiz, {
        attemptId: work.attemptId,
        itemId,
        level,
        comment: '',
      });
    expect(await score(first!.id, 3)).toEqual({ studentName: 'Ana' });
    expect(await unseen(work.attemptId)).toBe(false);
    // Opening the results before the return records nothing that would hide the coming feedback.
    await recordFeedbackSeen(work.learnerId, work.attemptId);
    expect(
      (await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: work.attemptId } })).feedbackSeenAt,
    ).toBeNull();

    expect(await returnWrittenScores(work.teacherId, work.classId, lesson, quiz)).toBe(1);
    expect(await unseen(work.attemptId)).toBe(true);
    expect(await status(work.attemptId)).toMatchObject({ pending: 1 });

    // Someone else opening this attempt's id changes nothing; the student opening it does, once.
    const other = await submittedWork();
    await recordFeedbackSeen(other.learnerId, work.attemptId);
    expect(await unseen(work.attemptId)).toBe(true);
    await recordFeedbackSeen(work.learnerId, work.attemptId);
    expect(await unseen(work.attemptId)).toBe(false);
    const seenAt = (await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: work.attemptId } }))
      .feedbackSeenAt;
    await recordFeedbackSeen(work.learnerId, work.attemptId);
    expect(
      (await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: work.attemptId } })).feedbackSeenAt,
    ).toEqual(seenAt);

    // Returning again with nothing new changes nothing; a new score returned is new feedback.
    expect(await returnWrittenScores(work.teacherId, work.classId, lesson, quiz)).toBe(0);
    expect(await unseen(work.attemptId)).toBe(false);
    expect(await score(second!.id, 2)).toEqual({ studentName: 'Ana' });
    expect(await returnWrittenScores(work.teacherId, work.classId, lesson, quiz)).toBe(1);
    expect(await unseen(work.attemptId)).toBe(true);
    expect(await status(work.attemptId)).toMatchObject({ pending: 0, pointsPossible: quiz.items.length });
  });
});
