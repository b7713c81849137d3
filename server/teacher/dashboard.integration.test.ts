import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getClassOverview, getTeacherSummary } from './dashboard';
import { setUpAppTestDatabase } from '../testing/setup-database';

const database = setUpAppTestDatabase();

const lesson = { slug: 'zero-tolerance', paragraphCount: 10, quizIds: ['comprehension', 'attribution'] as const };

async function teacherWithClass(name: string) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    // The rule these figures follow, rather than the default for new classes ('first').
    data: { teacherId: teacher.id, name, joinCode: randomUUID().slice(0, 6), countedAttempt: 'latest' },
  });
  return { teacherId: teacher.id, classId: klass.id };
}

async function attempt(learnerId: string, quizId: string, number: number, earned: number | null, locale: string) {
  return database.prisma.quizAttempt.create({
    data: {
      learnerId,
      lessonSlug: 'zero-tolerance',
      quizId,
      number,
      locale,
      status: earned === null ? 'in_progress' : 'submitted',
      pointsEarned: earned,
      pointsPossible: earned === null ? null : 12,
      submittedAt: earned === null ? null : new Date(),
    },
    select: { id: true },
  });
}

describe('class overview', () => {
  it('gives each student’s status, progress, latest scores and language, and the class counts', async () => {
    const { teacherId, classId } = await teacherWithClass('Period 1');
    const student = (displayName: string) => database.prisma.learner.create({ data: { classId, displayName } });
    const [idle, reader, midway, done] = await Promise.all([
      student('Idle'),
      student('Reader'),
      student('Midway'),
      student('Done'),
    ]);
    await database.prisma.readingProgress.create({
      data: { learnerId: reader.id, lessonSlug: 'zero-tolerance', furthestParagraph: 5, locale: 'es' },
    });
    await database.prisma.readingProgress.create({
      data: { learnerId: midway.id, lessonSlug: 'zero-tolerance', furthestParagraph: 10, locale: 'en' },
    });
    await attempt(midway.id, 'comprehension', 1, 9, 'en');
    await attempt(midway.id, 'attribution', 1, null, 'en');
    await attempt(done.id, 'comprehension', 1, 12, 'es');
    await attempt(done.id, 'attribution', 1, 3, 'es');
    await attempt(done.id, 'attribution', 2, 6, 'es');
    // Someone in another class must not appear.
    const other = await teacherWithClass('Other');
    await database.prisma.learner.create({ data: { classId: other.classId, displayName: 'Elsewhere' } });

    const overview = await getClassOverview(teacherId, classId, lesson);
    expect(overview).not.toBeNull();
    const byName = Object.fromEntries(overview!.students.map((row) => [row.displayName, row]));
    expect(Object.keys(byName).sort()).toEqual(['Done', 'Idle', 'Midway', 'Reader']);
    expect(byName.Idle).toMatchObject({
      status: 'not-started',
      readingPercent: 0,
      scores: { comprehension: null, attribution: null },
      language: null,
      lastActivity: null,
    });
    expect(byName.Reader).toMatchObject({ status: 'reading', readingPercent: 50, language: 'es' });
    expect(byName.Midway).toMatchObject({
      status: 'quiz-in-progress',
      readingPercent: 100,
      scores: { comprehension: 75, attribution: null },
      language: 'en',
    });
    expect(byName.Done).toMatchObject({
      status: 'submitted',
      scores: { comprehension: 100, attribution: 50 },
      language: 'es',
    });
    expect(byName.Done!.lastActivity).toBeInstanceOf(Date);
    // Each row links to its own student's page: the ids are the learners', not someone else's.
    expect(Object.fromEntries(overview!.students.map((row) => [row.displayName, row.id]))).toEqual({
      Idle: idle.id,
      Reader: reader.id,
      Midway: midway.id,
      Done: done.id,
    });
    // Average of the latest submitted scores: (75 + 100 + 50) / 3.
    expect({
      joined: overview!.joined,
      finished: overview!.finished,
      averagePercent: overview!.averagePercent,
    }).toEqual({ joined: 4, finished: 1, averagePercent: 75 });
  });

  it('gives each quiz its own state and answered items: one quiz submitted and none open is between quizzes', async () => {
    const { teacherId, classId } = await teacherWithClass('Period 1');
    const student = (displayName: string) => database.prisma.learner.create({ data: { classId, displayName } });
    const [between, working] = await Promise.all([student('Between'), student('Working')]);
    await attempt(between.id, 'comprehension', 1, 12, 'en');
    const open = await attempt(working.id, 'comprehension', 1, 10, 'en');
    const current = await attempt(working.id, 'attribution', 1, null, 'en');
    const answers = (attemptId: string, count: number) =>
      database.prisma.quizAnswer.createMany({
        data: Array.from({ length: count }, (_, index) => ({
          attemptId,
          itemId: `item-${index}`,
          response: { choice: 0 },
          saveId: randomUUID(),
          seq: 1,
        })),
      });
    await answers(open.id, 12);
    await answers(current.id, 6);

    const overview = await getClassOverview(teacherId, classId, lesson);
    const byName = Object.fromEntries(overview!.students.map((row) => [row.displayName, row]));
    expect(byName.Between).toMatchObject({
      status: 'between-quizzes',
      quizzes: {
        comprehension: { status: 'submitted', answered: 0 },
        attribution: { status: 'not-started', answered: 0 },
      },
    });
    expect(byName.Working).toMatchObject({
      status: 'quiz-in-progress',
      quizzes: {
        comprehension: { status: 'submitted', answered: 12 },
        attribution: { status: 'in-progress', answered: 6 },
      },
    });
  });

  it('waits only for the quizzes that count, and flags none late on a practice quiz', async () => {
    const { teacherId, classId } = await teacherWithClass('Period 4');
    await database.prisma.assignment.create({
      data: {
        classId,
        lessonSlug: lesson.slug,
        opensAt: new Date(Date.now() - 60_000),
        dueAt: new Date(Date.now() - 1_000),
        practiceQuizIds: ['attribution'],
      },
    });
    const done = await database.prisma.learner.create({ data: { classId, displayName: 'Done' } });
    await attempt(done.id, 'comprehension', 1, 6, 'en');
    await attempt(done.id, 'attribution', 1, 12, 'en');

    const overview = (await getClassOverview(teacherId, classId, lesson))!;
    expect(overview.students[0]).toMatchObject({
      status: 'submitted',
      quizzes: { comprehension: { late: true }, attribution: { status: 'submitted' } },
    });
    expect(overview.students[0]!.quizzes.attribution).not.toHaveProperty('late');
    expect(overview).toMatchObject({ finished: 1, averagePercent: 50 });
  });

  it('sums up every class of a teacher with the same figures as each overview', async () => {
    const { teacherId, classId } = await teacherWithClass('Period 3');
    const second = await database.prisma.class.create({
      data: { teacherId, name: 'Period 4', joinCode: randomUUID().slice(0, 6), countedAttempt: 'latest' },
    });
    const student = (displayName: string, inClass = classId) =>
      database.prisma.learner.create({ data: { classId: inClass, displayName } });
    const [one, two, three] = await Promise.all([student('One'), student('Two'), student('Three')]);
    await attempt(one.id, 'comprehension', 1, 6, 'en');
    await attempt(one.id, 'attribution', 1, 12, 'en');
    await attempt(two.id, 'comprehension', 1, 3, 'es');
    await attempt(two.id, 'comprehension', 2, 9, 'es');
    await attempt(three.id, 'attribution', 1, null, 'en');
    await student('Alone', second.id);
    const other = await teacherWithClass('Not mine');
    await attempt((await student('Stranger', other.classId)).id, 'comprehension', 1, 0, 'en');

    const summary = await getTeacherSummary(teacherId, lesson);
    // Latest submitted scores: 50, 100 (One) and 75 (Two's retake); only One submitted both quizzes.
    expect(summary.get(classId)).toEqual({ classId, joined: 3, finished: 1, averagePercent: 75 });
    expect(summary.get(second.id)).toEqual({ classId: second.id, joined: 1, finished: 0, averagePercent: null });
    expect(summary.has(other.classId)).toBe(false);
    const overview = await getClassOverview(teacherId, classId, lesson);
    expect([overview!.joined, overview!.finished, overview!.averagePercent]).toEqual([3, 1, 75]);
  });

  it('is null for another teacher’s class or a class that does not exist', async () => {
    const { classId } = await teacherWithClass('Mine');
    const stranger = await teacherWithClass('Theirs');
    expect(await getClassOverview(stranger.teacherId, classId, lesson)).toBeNull();
    expect(await getClassOverview(stranger.teacherId, randomUUID(), lesson)).toBeNull();
    expect(await getClassOverview(stranger.teacherId, 'not-a-uuid', lesson)).toBeNull();
  });

  it('has no average before anyone submits', async () => {
    const { teacherId, classId } = await teacherWithClass('Empty');
    expect(await getClassOverview(teacherId, classId, lesson)).toEqual({
      joined: 0,
      finished: 0,
      averagePercent: null,
      countedAttempt: 'latest',
      students: [],
    });
  });
});
