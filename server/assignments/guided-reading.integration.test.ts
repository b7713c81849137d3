import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKPOINT_QUIZ_ID } from '@/content/quiz-schema';
import type { Pacing } from '@/lib/assignments/pacing';
import { currentLearnerToken, ensureLearnerId, setLearnerCookie } from '../auth/learner-session';
import { getCurrentLessonState } from '../learner/lesson-state';
import { joinClass } from '../learner/students';
import { getLesson } from '../lessons';
import { answerItem } from '../quiz/answer-item';
import { getOrStartAttempt, latestAttempt } from '../quiz/attempts';
import { createClass, getClass, listStudents } from '../teacher/classes';
import { getClassOverview } from '../teacher/dashboard';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { loadGuidedReading } from './guided-reading';
import { setAssignment } from './teacher-assignments';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

// Guided reading with real saves: the reveal follows the learner's checked checkpoint answers as stored by the quiz's
// own answer path, and checkpoint work shows in no class figure.

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const lesson = getLesson('zero-tolerance')!;
const guided = lesson.guided!;
const HOUR = 60 * 60 * 1000;
const hours = (count: number) => new Date(Date.now() + count * HOUR);
const item = (id: string) => guided.checkpoints.items.find((candidate) => candidate.id === id)!;

/** The fake browser signed in as a student of a new class whose assignment of the lesson has this pacing. */
async function student(options: { pacing: Pacing; feedbackMode?: 'immediate' | 'deferred'; closed?: boolean }) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
  });
  const { id: classId } = await createClass(teacher.id, 'Period 2', {
    feedbackMode: options.feedbackMode ?? 'immediate',
    retakes: 0,
    defaultLocale: 'en',
    countedAttempt: 'latest',
  });
  const dates = options.closed
    ? { opensAt: hours(-3), dueAt: hours(-2), closesAt: hours(-1) }
    : { opensAt: hours(-1), dueAt: hours(24), closesAt: null };
  expect(await setAssignment(teacher.id, classId, lesson.slug, dates, options.pacing)).toBe(true);
  const joined = await joinClass(
    (await getClass(teacher.id, classId))!.joinCode,
    'Ana',
    randomUUID(),
    await currentLearnerToken(),
  );
  if (!joined.ok) throw new Error(joined.error);
  await setLearnerCookie(joined.token);
  return { learnerId: await ensureLearnerId(), teacherId: teacher.id, classId };
}

/** Answers a checkpoint as the guided page's form does: right (the key) or wrong (another option). */
async function answer(learnerId: string, itemId: string, right: boolean, attemptId: string | null = null) {
  const checkpoint = item(itemId);
  const response =
    checkpoint.type === 'truefalse'
      ? { value: right ? checkpoint.answer : !checkpoint.answer }
      : checkpoint.type === 'single'
        ? { optionId: checkpoint.options.find((option) => option.correct === right)!.id }
        : null;
  return answerItem(learnerId, 'en', {
    lesson,
    quizId: CHECKPOINT_QUIZ_ID,
    attemptId,
    itemId,
    response,
    saveId: randomUUID(),
    seq: 0,
    check: true,
  });
}

describe('guided reading', () => {
  it('shows the first section and its questions without a key, then one more section per answered section', async () => {
    const { learnerId } = await student({ pacing: 'guided' });
    const first = (await loadGuidedReading(lesson, 'en'))!;
    expect(first).toMatchObject({ revealed: 1, attemptId: null, readOnly: false });
    expect(first.checkpoints).toHaveLength(1);
    expect(first.checkpoints[0]!.map((checkpoint) => checkpoint.item.id)).toEqual(guided.sections[0]!.checkpoints);
    const sent = JSON.stringify(first);
    for (const id of guided.sections[0]!.checkpoints) expect(sent).not.toContain(item(id).explanation.en);
    expect(sent).not.toContain('"correct"');

    const [a, b] = guided.sections[0]!.checkpoints as [string, string];
    expect(await answer(learnerId, a, true)).toMatchObject({ status: 'ok', checked: true });
    expect((await loadGuidedReading(lesson, 'en'))!.revealed).toBe(1);
    // A wrong answer is an answer: the section is read, its explanation shown, and the next section opens.
    expect(await answer(learnerId, b, false)).toMatchObject({ status: 'ok', checked: true });
    const second = (await loadGuidedReading(lesson, 'en'))!;
    expect(second.revealed).toBe(2);
    expect(second.checkpoints[0]!.map((checkpoint) => checkpoint.feedback?.correct)).toEqual([true, false]);
    expect(second.checkpoints[1]!.every((checkpoint) => checkpoint.feedback === undefined)).toBe(true);
    expect(second.attemptId).toBe((await latestAttempt(learnerId, lesson.slug, CHECKPOINT_QUIZ_ID))!.id);
  });

  it('keeps a checked checkpoint as answered: a second post (double click, two tabs) changes nothing', async () => {
    const { learnerId } = await student({ pacing: 'guided' });
    const [a] = guided.sections[0]!.checkpoints as [string];
    await answer(learnerId, a, false);
    const again = await answer(learnerId, a, true);
    expect(again).toMatchObject({ status: 'ok', feedback: { correct: false } });
    expect(await database.prisma.quizAnswer.count({ where: { attempt: { learnerId } } })).toBe(1);
  });

  it('checks checkpoints at once in a class with deferred feedback', async () => {
    const { learnerId } = await student({ pacing: 'guided', feedbackMode: 'deferred' });
    for (const id of guided.sections[0]!.checkpoints) await answer(learnerId, id, true);
    expect((await loadGuidedReading(lesson, 'en'))!.revealed).toBe(2);
  });

  it('files a checkpoint answer under no other attempt, and counts it in no class figure', async () => {
    const { learnerId, teacherId, classId } = await student({ pacing: 'guided' });
    const overview = () =>
      getClassOverview(teacherId, classId, {
        slug: lesson.slug,
        paragraphCount: lesson.article.paragraphs.length,
        quizIds: lesson.quizzes.map((quiz) => quiz.id),
      });
    const before = (await overview())!.students[0];
    const comprehension = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
    const [a, b] = guided.sections[0]!.checkpoints as [string, string];
    expect(await answer(learnerId, a, true, comprehension.id)).toEqual({ status: 'error', code: 'invalid' });
    await database.prisma.quizAttempt.delete({ where: { id: comprehension.id } });
    await answer(learnerId, a, true);
    await answer(learnerId, b, true);
    // Reading and answering checkpoints is activity (the last activity moves), but no quiz status, score or count.
    expect({ ...(await overview())!.students[0], lastActivity: null }).toEqual({ ...before, lastActivity: null });
    expect((await listStudents(teacherId, classId)).map((row) => row.attempts)).toEqual([0]);
    const state = await getCurrentLessonState(lesson);
    expect(state.quizStatuses.map((status) => status.state)).toEqual(['not-started', 'not-started']);
    expect(state.pacing).toBe('guided');
  });

  it('shows every section and no form once the assignment has closed, and sends no one to it when open', async () => {
    await student({ pacing: 'guided', closed: true });
    expect(await loadGuidedReading(lesson, 'en')).toMatchObject({ revealed: guided.sections.length, readOnly: true });
    expect((await getCurrentLessonState(lesson)).pacing).toBe('open');
    fakeRequest.reset();
    await student({ pacing: 'open' });
    expect((await getCurrentLessonState(lesson)).pacing).toBe('open');
  });
});
