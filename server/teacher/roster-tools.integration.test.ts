import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createClass, getClass, listStudents } from './classes';
import { addStudents, listCodeCards, listMerges, mergeStudents } from './roster-tools';
import { findLearnerIdByToken, startLearnerSession } from '../auth/learner-sessions';
import { resumeStudent } from '../learner/students';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();

const settings = { feedbackMode: 'immediate', retakes: -1, defaultLocale: 'en', countedAttempt: 'latest' } as const;
const LESSON = 'zero-tolerance';

async function newTeacher(): Promise<string> {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
    select: { id: true },
  });
  return teacher.id;
}

async function newClass(teacherId: string, name = 'Period 1') {
  const { id } = await createClass(teacherId, name, settings);
  return { classId: id, joinCode: (await getClass(teacherId, id))!.joinCode };
}

async function student(classId: string, displayName: string): Promise<string> {
  const row = await database.prisma.learner.create({
    data: { classId, displayName, joinedAt: new Date() },
    select: { id: true },
  });
  return row.id;
}

/** An attempt with `answers` answered items, begun at `startedAt`. */
async function attempt(
  learnerId: string,
  quizId: string,
  number: number,
  startedAt: string,
  answers: number,
  extra: { practice?: boolean; status?: string } = {},
) {
  return database.prisma.quizAttempt.create({
    data: {
      learnerId,
      lessonSlug: LESSON,
      quizId,
      number,
      startedAt: new Date(startedAt),
      ...extra,
      answers: {
        create: Array.from({ length: answers }, (_, index) => ({
          itemId: `${quizId}-${index + 1}`,
          response: { optionId: 'a' },
          saveId: randomUUID(),
          seq: 1,
        })),
      },
    },
    select: { id: true },
  });
}

/** Everything a learner owns, counted, with each attempt's answers by attempt id. */
async function holdings(learnerId: string) {
  const attempts = await database.prisma.quizAttempt.findMany({
    where: { learnerId },
    orderBy: [{ quizId: 'asc' }, { practice: 'asc' }, { number: 'asc' }],
    select: { id: true, quizId: true, practice: true, number: true, _count: { select: { answers: true } } },
  });
  return {
    attempts: attempts.map(({ _count, ...row }) => ({ ...row, answers: _count.answers })),
    answers: await database.prisma.quizAnswer.count({ where: { attempt: { learnerId } } }),
    reading: await database.prisma.readingProgress.findMany({
      where: { learnerId },
      select: { lessonSlug: true, furthestParagraph: true, locale: true },
    }),
    familiarity: await database.prisma.topicFamiliarity.findMany({
      where: { learnerId },
      select: { lessonSlug: true, level: true },
    }),
    preferences: await database.prisma.readingPreference.findUnique({
      where: { learnerId },
      select: { textSize: true, lineSpacing: true },
    }),
    sessions: await database.prisma.learnerSession.count({ where: { learnerId } }),
  };
}

/** Ana (kept) and "Ana 2" (her second row) with overlapping work, and Ben, who must stay untouched. */
async function twoAnas() {
  const teacherId = await newTeacher();
  const { classId } = await newClass(teacherId);
  const ana = await student(classId, 'Ana');
  const ana2 = await student(classId, 'Ana 2');
  const ben = await student(classId, 'Ben');
  const a1 = await attempt(ana, 'comprehension', 1, '2026-12-01T09:10:00Z', 12, { status: 'submitted' });
  const a2 = await attempt(ana, 'comprehension', 2, '2026-12-01T09:40:00Z', 3);
  const a3 = await attempt(ana, 'attribution', 1, '2026-11-30T08:00:00Z', 2, { practice: true });
  // Her second row's first comprehension attempt began between Ana's two: it becomes number 2 of 3.
  const b1 = await attempt(ana2, 'comprehension', 1, '2026-12-01T09:20:00Z', 5, { status: 'submitted' });
  const b2 = await attempt(ana2, 'attribution', 1, '2026-12-01T09:30:00Z', 13);
  const b3 = await attempt(ana2, 'attribution', 1, '2026-11-29T08:00:00Z', 1, { practice: true });
  await attempt(ben, 'comprehension', 1, '2026-12-01T09:00:00Z', 4);
  await database.prisma.readingProgress.createMany({
    data: [
      { learnerId: ana, lessonSlug: LESSON, furthestParagraph: 3, locale: 'en' },
      { learnerId: ana2, lessonSlug: LESSON, furthestParagraph: 9, locale: 'es' },
    ],
  });
  await database.prisma.topicFamiliarity.create({ data: { learnerId: ana2, lessonSlug: LESSON, level: 2 } });
  await database.prisma.readingPreference.create({
    data: { learnerId: ana2, textSize: 'large', lineSpacing: 'loose' },
  });
  const token = await startLearnerSession(ana2);
  return { teacherId, classId, ana, ana2, ben, token, ids: { a1, a2, a3, b1, b2, b3 } };
}

describe('merging two roster rows', () => {
  it('moves every attempt and answer to the kept row, numbers attempts again, and records the merge', async () => {
    const world = await twoAnas();
    const benBefore = await holdings(world.ben);
    const [anaBefore, ana2Before] = [await holdings(world.ana), await holdings(world.ana2)];
    expect([anaBefore.attempts.length, anaBefore.answers]).toEqual([3, 17]);
    expect([ana2Before.attempts.length, ana2Before.answers]).toEqual([3, 19]);
    const answersInClass = await database.prisma.quizAnswer.count({
      where: { attempt: { learner: { classId: world.classId } } },
    });
    expect(answersInClass).toBe(40);

    expect(await mergeStudents(world.teacherId, world.classId, world.ana, world.ana2)).toEqual({
      keptName: 'Ana',
      mergedName: 'Ana 2',
      attemptsMoved: 3,
      answersMoved: 19,
    });

    const after = await holdings(world.ana);
    const { a1, a2, a3, b1, b2, b3 } = world.ids;
    expect(after.attempts).toEqual([
      { id: b2.id, quizId: 'attribution', practice: false, number: 1, answers: 13 },
      { id: b3.id, quizId: 'attribution', practice: true, number: 1, answers: 1 },
      { id: a3.id, quizId: 'attribution', practice: true, number: 2, answers: 2 },
      { id: a1.id, quizId: 'comprehension', practice: false, number: 1, answers: 12 },
      { id: b1.id, quizId: 'comprehension', practice: false, number: 2, answers: 5 },
      { id: a2.id, quizId: 'comprehension', practice: false, number: 3, answers: 3 },
    ]);
    expect(after.answers).toBe(36);
    expect(
      await database.prisma.quizAnswer.count({ where: { attempt: { learner: { classId: world.classId } } } }),
    ).toBe(40);
    expect(after.reading).toEqual([{ lessonSlug: LESSON, furthestParagraph: 9, locale: 'es' }]);
    expect(after.familiarity).toEqual([{ lessonSlug: LESSON, level: 2 }]);
    expect(after.preferences).toEqual({ textSize: 'large', lineSpacing: 'loose' });
    expect(after.sessions).toBe(1);
    // The device that was signed in as the second row goes on as Ana.
    expect(await findLearnerIdByToken(world.token)).toBe(world.ana);
    expect(await database.prisma.learner.count({ where: { id: world.ana2 } })).toBe(0);
    expect(await holdings(world.ben)).toEqual(benBefore);
    expect((await listStudents(world.teacherId, world.classId)).map((row) => row.displayName)).toEqual(['Ana', 'Ben']);
    expect(await listMerges(world.teacherId, world.classId)).toEqual([
      { keptName: 'Ana', mergedName: 'Ana 2', attemptsMoved: 3, answersMoved: 19, mergedAt: expect.any(Date) },
    ]);
    // Merging again finds the second row gone and changes nothing.
    expect(await mergeStudents(world.teacherId, world.classId, world.ana, world.ana2)).toBeNull();
    expect(await database.prisma.studentMerge.count({ where: { classId: world.classId } })).toBe(1);
  });

  it('keeps the kept row’s further reading and newer answers', async () => {
    const world = await twoAnas();
    await database.prisma.readingProgress.update({
      where: { learnerId_lessonSlug: { learnerId: world.ana, lessonSlug: LESSON } },
      data: { furthestParagraph: 10 },
    });
    await database.prisma.readingPreference.create({
      data: { learnerId: world.ana, textSize: 'small', lineSpacing: 'normal' },
    });
    await mergeStudents(world.teacherId, world.classId, world.ana, world.ana2);
    const after = await holdings(world.ana);
    expect(after.reading).toEqual([{ lessonSlug: LESSON, furthestParagraph: 10, locale: 'en' }]);
    expect(after.preferences).toEqual({ textSize: 'small', lineSpacing: 'normal' });
  });

  it('changes nothing for another teacher, across classes, or for one row given twice', async () => {
    const world = await twoAnas();
    const otherTeacher = await newTeacher();
    const other = await newClass(world.teacherId, 'Period 2');
    const elsewhere = await student(other.classId, 'Ana');
    const before = [await holdings(world.ana), await holdings(world.ana2)];
    expect(await mergeStudents(otherTeacher, world.classId, world.ana, world.ana2)).toBeNull();
    expect(await mergeStudents(world.teacherId, world.classId, world.ana, elsewhere)).toBeNull();
    expect(await mergeStudents(world.teacherId, other.classId, elsewhere, world.ana2)).toBeNull();
    expect(await mergeStudents(world.teacherId, world.classId, world.ana, world.ana)).toBeNull();
    expect(await mergeStudents(world.teacherId, world.classId, world.ana, 'not-a-uuid')).toBeNull();
    expect([await holdings(world.ana), await holdings(world.ana2)]).toEqual(before);
    expect(await database.prisma.learner.count({ where: { id: elsewhere } })).toBe(1);
    expect(await database.prisma.studentMerge.count({ where: { classId: world.classId } })).toBe(0);
    expect(await listMerges(otherTeacher, world.classId)).toEqual([]);
  });
});

describe('a pasted roster', () => {
  it('creates 30 students from 30 names, each with a personal code that signs them in', async () => {
    const teacherId = await newTeacher();
    const { classId, joinCode } = await newClass(teacherId);
    const names = Array.from({ length: 30 }, (_, index) => `Student ${index + 1}`);
    expect(await addStudents(teacherId, classId, names)).toEqual({ created: names, alreadyInClass: [] });
    expect(await database.prisma.learner.count({ where: { classId } })).toBe(30);

    const sheet = (await listCodeCards(teacherId, classId))!;
    expect(sheet).toMatchObject({ className: 'Period 1', joinCode });
    expect(sheet.cards).toHaveLength(30);
    const codes = sheet.cards.map((card) => card.resumeCode);
    expect(new Set(codes).size).toBe(30);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const card = sheet.cards.find((entry) => entry.displayName === 'Student 7')!;
    const resumed = await resumeStudent(joinCode, card.resumeCode!, randomUUID());
    expect(resumed).toMatchObject({ ok: true, displayName: 'Student 7' });
    expect(await findLearnerIdByToken(resumed.ok ? resumed.token : undefined)).toBe(card.id);
  });

  it('leaves names the class already has alone, and adds nothing to another teacher’s class', async () => {
    const teacherId = await newTeacher();
    const { classId } = await newClass(teacherId);
    await student(classId, 'Ana');
    expect(await addStudents(teacherId, classId, ['ANA', 'Ben'])).toEqual({
      created: ['Ben'],
      alreadyInClass: ['ANA'],
    });
    expect(await addStudents(await newTeacher(), classId, ['Carla'])).toBeNull();
    expect(await addStudents(teacherId, 'not-a-uuid', ['Carla'])).toBeNull();
    expect((await listStudents(teacherId, classId)).map((row) => row.displayName)).toEqual(['Ana', 'Ben']);
    expect(await listCodeCards(await newTeacher(), classId)).toBeNull();
  });
});
