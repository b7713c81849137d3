import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import en from '@/messages/en.json';
import type { WrittenItem } from '@/content/quiz-schema';
import { attemptPoints } from '@/lib/grading/grade-item';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { classCsv } from '../teacher/class-exports';
import { returnWrittenScores } from '../teacher/written-return';
import { getWrittenAnswers, scoreWrittenAnswer } from '../teacher/written-scores';
import { getOrStartAttempt, saveAnswer, submitAttempt } from './attempts';
import { ownWrittenAnswers, resubmitRevision } from './revisions';

// Revise and resubmit (issue 38): a returned written score can ask for a revision; the student edits the same answer
// through the one save path, only while asked, only that item, only their own; resubmitting is taken once, inside the
// assignment's window; every version is kept, and the revision's returned level recounts the points.

vi.mock('next-intl/server', () => ({
  getTranslations:
    async ({ namespace }: { namespace: string }) =>
    (key: string) =>
      `${namespace}.${key}`.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en),
}));

const database = setUpAppTestDatabase();
const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const [first, second] = quiz.items.filter((item): item is WrittenItem => item.type === 'written');
const written = (text: string, item = first!) => ({ text, evidence: [item.evidence[0]!], language: 'en' as const });
const HOUR = 60 * 60 * 1000;
const hours = (count: number) => new Date(Date.now() + count * HOUR);

/** A class whose student Ana wrote both written items (`text` for the first) and submitted. */
async function submittedWork(text = 'First try.') {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 3', joinCode: randomUUID().slice(0, 6) },
  });
  const learner = await database.prisma.learner.create({ data: { classId: klass.id, displayName: 'Ana' } });
  const attempt = await getOrStartAttempt(learner.id, lesson.slug, quiz.id);
  for (const [item, words] of [
    [first!, text],
    [second!, 'Second answer.'],
  ] as const)
    expect((await save(learner.id, attempt.id, item.id, written(words, item))).status).toBe('saved');
  expect((await submitAttempt(lesson, learner.id, attempt.id)).status).toBe('submitted');
  return { teacherId: teacher.id, classId: klass.id, learnerId: learner.id, attemptId: attempt.id };
}

const save = (learnerId: string, attemptId: string, itemId: string, response: unknown, saveId = randomUUID()) =>
  saveAnswer(lesson, { learnerId, attemptId, itemId, response, saveId, seq: 0, check: true });
const answerRow = (attemptId: string, itemId = first!.id) =>
  database.prisma.quizAnswer.findUniqueOrThrow({ where: { attemptId_itemId: { attemptId, itemId } } });
const points = (attemptId: string) =>
  database.prisma.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { pointsEarned: true, pointsPossible: true },
  });

/** Level 2 with a comment asking for a revision of the first written item, and level 3 for the second; returned. */
async function askForRevision(work: Awaited<ReturnType<typeof submittedWork>>) {
  const { teacherId, classId, attemptId } = work;
  const revise = { attemptId, itemId: first!.id, level: 2, comment: 'Name who said it.', revise: true };
  expect(await scoreWrittenAnswer(teacherId, classId, lesson, quiz, revise)).toEqual({ studentName: 'Ana' });
  const other = { attemptId, itemId: second!.id, level: 3, comment: '' };
  await scoreWrittenAnswer(teacherId, classId, lesson, quiz, other);
  expect(await returnWrittenScores(teacherId, classId, lesson, quiz)).toBe(2);
}

describe('revise and resubmit', () => {
  it('needs a comment to ask, and asks only when the score is returned', async () => {
    const work = await submittedWork();
    const { teacherId, classId, learnerId, attemptId } = work;
    const score = { attemptId, itemId: first!.id, level: 2, comment: ' ', revise: true };
    expect(await scoreWrittenAnswer(teacherId, classId, lesson, quiz, score)).toBe('needs-comment');
    await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { ...score, comment: 'Say more.' });
    // Saved, not returned: the student cannot edit yet.
    expect((await save(learnerId, attemptId, first!.id, written('Too early.'))).status).toBe('submitted');
    expect((await answerRow(attemptId)).revisionRequestedAt).toBeNull();
  });

  it('lets the student edit only that answer, only while asked, and nobody else', async () => {
    const work = await submittedWork();
    const { learnerId, attemptId } = work;
    await askForRevision(work);
    const stranger = await database.prisma.learner.create({ data: { displayName: 'Leo' } });

    expect((await save(stranger.id, attemptId, first!.id, written('Not mine.'))).status).toBe('not-found');
    expect((await save(learnerId, attemptId, second!.id, written('Other item.', second))).status).toBe('submitted');
    const truefalse = quiz.items.find((item) => item.type === 'truefalse')!;
    expect((await save(learnerId, attemptId, truefalse.id, { value: true })).status).toBe('submitted');
    expect(await database.prisma.quizAnswer.count({ where: { attemptId, itemId: truefalse.id } })).toBe(0);
    expect((await save(learnerId, attemptId, first!.id, written('Better: the office said it.'))).status).toBe('saved');

    const row = await answerRow(attemptId);
    expect(row.response).toEqual(written('Better: the office said it.'));
    expect((await answerRow(attemptId, second!.id)).response).toEqual(written('Second answer.', second));
    // The returned level still counts while the student revises: the draft does not touch the score.
    expect(row.score).toBeCloseTo(1 / 3);
    expect(row.grade).toMatchObject({ rubric: { level: 2, comment: 'Name who said it.' } });
  });

  it('takes the resubmit once, keeps every version, and recounts the points when the revision is returned', async () => {
    const work = await submittedWork();
    const { teacherId, classId, learnerId, attemptId } = work;
    await askForRevision(work);
    const before = await points(attemptId);
    await save(learnerId, attemptId, first!.id, written('Revised text.'));

    const sent = await Promise.all([1, 2, 3].map(() => resubmitRevision(lesson, learnerId, attemptId, first!.id)));
    expect(sent.sort()).toEqual(['already-resubmitted', 'already-resubmitted', 'resubmitted']);
    // Sent: no more edits, and one earlier version kept.
    expect((await save(learnerId, attemptId, first!.id, written('After sending.'))).status).toBe('submitted');
    const versions = await database.prisma.writtenRevision.findMany({ where: { attemptId } });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, response: written('First try.'), rubricLevel: 2 });
    expect(await points(attemptId)).toEqual(before);

    const [listed] = (await getWrittenAnswers(teacherId, classId, lesson, quiz, first!))!;
    expect(listed).toMatchObject({ status: 'revised', version: 2, level: null, response: written('Revised text.') });
    expect(listed!.earlier.map((version) => [version.version, version.level, version.comment])).toEqual([
      [1, 2, 'Name who said it.'],
    ]);

    await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { attemptId, itemId: first!.id, level: 4, comment: '' });
    expect(await returnWrittenScores(teacherId, classId, lesson, quiz)).toBe(1);
    const items = quiz.items.map((item) =>
      item.id === first!.id ? 1 : item.id === second!.id ? 2 / 3 : item.type === 'written' ? 0 : 0,
    );
    expect(await points(attemptId)).toEqual(attemptPoints(items));
    expect(await ownWrittenAnswers(learnerId, attemptId)).toContainEqual(
      expect.objectContaining({ itemId: first!.id, status: 'returned', version: 2 }),
    );

    const csv = parse((await classCsv('answers', teacherId, classId, lesson, 'en'))!, { bom: true, columns: true });
    const rows = (csv as Record<string, string>[]).filter((row) => row[en.ClassExport.itemId] === first!.id);
    expect(
      rows.map((row) => [row[en.ClassExport.version], row[en.ClassExport.level], row[en.ClassExport.points]]),
    ).toEqual([
      ['1', '2', '0.33'],
      ['2', '4', '1'],
    ]);
  });

  it('refuses a save that waited while the revision was sent (another tab)', async () => {
    const work = await submittedWork();
    const { learnerId, attemptId } = work;
    await askForRevision(work);
    let late: ReturnType<typeof save> | undefined;
    await database.prisma.$transaction(async (tx) => {
      // The resubmit holds the attempt as resubmitRevision does; the save starts (request still seen) and waits.
      await tx.$queryRaw`SELECT "id" FROM "QuizAttempt" WHERE "id" = ${attemptId}::uuid FOR UPDATE`;
      late = save(learnerId, attemptId, first!.id, written('From the other tab.'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      await tx.quizAnswer.update({
        where: { attemptId_itemId: { attemptId, itemId: first!.id } },
        data: { revisionRequestedAt: null, revisedAt: new Date() },
      });
    });
    expect((await late!).status).toBe('submitted');
    expect((await answerRow(attemptId)).response).toEqual(written('First try.'));
  });

  it('refuses the resubmit after the close, and flags one after the due date late', async () => {
    for (const [dates, expected] of [
      [{ opensAt: hours(-5), dueAt: hours(-4), closesAt: hours(-1) }, 'closed'],
      [{ opensAt: hours(-5), dueAt: hours(-1), closesAt: null }, 'resubmitted'],
    ] as const) {
      const work = await submittedWork();
      await askForRevision(work);
      const { teacherId, classId, learnerId, attemptId } = work;
      await database.prisma.assignment.create({ data: { classId, lessonSlug: lesson.slug, ...dates } });
      expect(await resubmitRevision(lesson, learnerId, attemptId, first!.id)).toBe(expected);
      const [listed] = (await getWrittenAnswers(teacherId, classId, lesson, quiz, first!))!;
      expect(listed!.status).toBe(expected === 'closed' ? 'revisionRequested' : 'revised');
      expect(listed!.lateRevision).toBe(expected === 'resubmitted');
    }
  });

  it('refuses an empty revision, and a resubmit of an answer nobody asked to revise', async () => {
    const work = await submittedWork();
    const { learnerId, attemptId } = work;
    expect(await resubmitRevision(lesson, learnerId, attemptId, first!.id)).toBe('not-found');
    await askForRevision(work);
    await save(learnerId, attemptId, first!.id, written('   '));
    expect(await resubmitRevision(lesson, learnerId, attemptId, first!.id)).toBe('empty');
    expect(await resubmitRevision(lesson, randomUUID(), attemptId, first!.id)).toBe('not-found');
  });
});
