import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { homeAssignments } from './home-assignments';

// A second lesson (the browser tests' fixture) so that one class can have two assignments.
vi.stubEnv('FUENTE_FIXTURE_LESSONS', 'true');

const database = setUpAppTestDatabase();
const now = new Date('2026-12-10T12:00:00.000Z');
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
const ZERO = 'zero-tolerance';
const FIXTURE = 'fixture-two-voices';

async function classOf(name: string, students: string[]) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name, joinCode: randomUUID().slice(0, 6).toUpperCase(), countedAttempt: 'first' },
  });
  const ids = await Promise.all(
    students.map(async (displayName) => {
      const learner = await database.prisma.learner.create({ data: { classId: klass.id, displayName } });
      return learner.id;
    }),
  );
  return { classId: klass.id, ids };
}

async function assign(classId: string, lessonSlug: string, opensAt: Date, dueAt: Date, closesAt: Date | null) {
  return database.prisma.assignment.create({ data: { classId, lessonSlug, opensAt, dueAt, closesAt } });
}

async function attempt(
  learnerId: string,
  lessonSlug: string,
  quizId: string,
  work: { number?: number; submittedAt?: Date; practice?: boolean },
) {
  await database.prisma.quizAttempt.create({
    data: {
      learnerId,
      lessonSlug,
      quizId,
      number: work.number ?? 1,
      practice: work.practice ?? false,
      status: work.submittedAt ? 'submitted' : 'in_progress',
      submittedAt: work.submittedAt ?? null,
    },
  });
}

/** What the page shows of each assignment: lesson, state, the student's own close, each quiz's progress. */
const shown = (list: Awaited<ReturnType<typeof homeAssignments>>) =>
  list?.map(({ lessonSlug, notice, quizzes }) => ({
    lessonSlug,
    state: notice.state,
    dueAt: notice.dueAt,
    closesAt: notice.closesAt,
    quizzes: Object.fromEntries(quizzes.map((quiz) => [quiz.id, quiz.progress])),
  }));

describe("a student's assignments on the home page", () => {
  it("shows their class's assignments only, with their extension and their counted attempts", async () => {
    const a = await classOf('Period 1', ['Ana', 'Ben']);
    const [ana, ben] = a.ids as [string, string];
    await assign(a.classId, ZERO, hours(-24), hours(24), hours(48));
    const late = await assign(a.classId, FIXTURE, hours(-72), hours(-24), hours(-1));
    await database.prisma.assignmentExtension.create({
      data: { assignmentId: late.id, learnerId: ana, closesAt: hours(24) },
    });
    // Ana: the first attempt counts (the class's rule), though a retake is in progress; one quiz in progress; one
    // submitted after the due date; guest practice from before she joined never counts.
    await attempt(ana, ZERO, 'comprehension', { submittedAt: hours(-1) });
    await attempt(ana, ZERO, 'comprehension', { number: 2 });
    await attempt(ana, ZERO, 'attribution', {});
    await attempt(ana, FIXTURE, 'comprehension', { submittedAt: hours(-2) });
    await attempt(ana, FIXTURE, 'attribution', { submittedAt: hours(-30), practice: true });
    await attempt(ben, ZERO, 'attribution', { submittedAt: hours(-3) });
    // Another class's assignment of the same lesson, with other dates, and its student's work.
    const b = await classOf('Period 2', ['Cy']);
    await assign(b.classId, ZERO, hours(24), hours(96), null);
    await attempt(b.ids[0]!, FIXTURE, 'comprehension', { submittedAt: hours(-5) });

    expect(shown(await homeAssignments(ana, 'en', now))).toEqual([
      {
        lessonSlug: FIXTURE,
        state: 'late',
        dueAt: hours(-24).toISOString(),
        closesAt: hours(24).toISOString(),
        quizzes: { comprehension: 'submitted-late', attribution: 'not-started' },
      },
      {
        lessonSlug: ZERO,
        state: 'open',
        dueAt: hours(24).toISOString(),
        closesAt: hours(48).toISOString(),
        quizzes: { comprehension: 'submitted-on-time', attribution: 'in-progress' },
      },
    ]);
    // Without Ana's extension the late assignment has closed for Ben, and goes last.
    expect(shown(await homeAssignments(ben, 'en', now))).toEqual([
      {
        lessonSlug: ZERO,
        state: 'open',
        dueAt: hours(24).toISOString(),
        closesAt: hours(48).toISOString(),
        quizzes: { comprehension: 'not-started', attribution: 'submitted-on-time' },
      },
      {
        lessonSlug: FIXTURE,
        state: 'closed',
        dueAt: hours(-24).toISOString(),
        closesAt: hours(-1).toISOString(),
        quizzes: { comprehension: 'not-started', attribution: 'not-started' },
      },
    ]);
    expect(shown(await homeAssignments(b.ids[0]!, 'en', now))).toEqual([
      {
        lessonSlug: ZERO,
        state: 'upcoming',
        dueAt: hours(96).toISOString(),
        closesAt: null,
        quizzes: { comprehension: 'not-started', attribution: 'not-started' },
      },
    ]);
  });

  it("names the lesson and its quizzes in the page's language", async () => {
    const { classId, ids } = await classOf('Period 3', ['Dee']);
    await assign(classId, ZERO, hours(-1), hours(1), null);
    const [en] = (await homeAssignments(ids[0]!, 'en', now))!;
    const [es] = (await homeAssignments(ids[0]!, 'es', now))!;
    expect(en!.title).toMatch(/^UN Slams/);
    expect(es!.title).toMatch(/^La ONU/);
    expect(es!.quizzes.map((quiz) => quiz.title)).not.toEqual(en!.quizzes.map((quiz) => quiz.title));
  });

  it("marks a quiz the teacher locked (unless the student's extension runs) and a practice quiz", async () => {
    const { classId, ids } = await classOf('Period 5', ['Fay', 'Gus']);
    const [fay, gus] = ids as [string, string];
    const assignment = await database.prisma.assignment.create({
      data: {
        classId,
        lessonSlug: ZERO,
        opensAt: hours(-24),
        dueAt: hours(24),
        closesAt: null,
        lockedQuizIds: ['comprehension'],
        practiceQuizIds: ['attribution'],
      },
    });
    await database.prisma.assignmentExtension.create({
      data: { assignmentId: assignment.id, learnerId: gus, closesAt: hours(2) },
    });
    const terms = async (learnerId: string) =>
      (await homeAssignments(learnerId, 'en', now))![0]!.quizzes.map(({ id, locked, graded }) => ({
        id,
        locked,
        graded,
      }));
    expect(await terms(fay)).toEqual([
      { id: 'comprehension', locked: true, graded: true },
      { id: 'attribution', locked: false, graded: false },
    ]);
    expect((await terms(gus))[0]).toEqual({ id: 'comprehension', locked: false, graded: true });
  });

  it('is empty for a class without assignments, and null for a guest', async () => {
    const { ids } = await classOf('Period 4', ['Eve']);
    expect(await homeAssignments(ids[0]!, 'en', now)).toEqual([]);
    const guest = await database.prisma.learner.create({ data: {} });
    expect(await homeAssignments(guest.id, 'en', now)).toBeNull();
  });
});
