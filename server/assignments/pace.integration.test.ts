import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { testServerUrl } from '../testing/test-database';
import { openSection, PACE_CHANNEL, pacedAssignmentOf, watchPace } from './pace';

const database = setUpAppTestDatabase();
const SLUG = 'zero-tolerance';

async function pacedClass(pacing = 'teacher') {
  const teacher = await database.prisma.teacher.create({
    data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 2', joinCode: randomUUID().slice(0, 6).toUpperCase() },
  });
  const student = await database.prisma.learner.create({ data: { classId: klass.id, displayName: 'Ana' } });
  const now = Date.now();
  const assignment = await database.prisma.assignment.create({
    data: {
      classId: klass.id,
      lessonSlug: SLUG,
      opensAt: new Date(now - 60_000),
      dueAt: new Date(now + 3_600_000),
      pacing,
    },
  });
  return { teacherId: teacher.id, classId: klass.id, learnerId: student.id, assignmentId: assignment.id };
}

/** Listens to `assignmentId`; `done` resolves with the sections heard once `count` have come. */
async function hear(assignmentId: string, count: number) {
  const heard: number[] = [];
  let heardAll = () => {};
  const done = new Promise<void>((resolve) => (heardAll = resolve));
  const stop = await watchPace(assignmentId, {
    opened(section) {
      heard.push(section);
      if (heard.length === count) heardAll();
    },
    down() {},
  });
  expect(stop).not.toBeNull();
  return { done: done.then(() => (stop?.(), heard)), heard };
}

describe('teacher-paced assignments', () => {
  it('opens sections in the teacher’s class only, never closing one, and tells the watchers of that assignment', async () => {
    const a = await pacedClass();
    const b = await pacedClass();
    const listening = await hear(a.assignmentId, 2);
    const other = await hear(b.assignmentId, 1);

    expect(await openSection(b.teacherId, a.classId, SLUG, 1)).toBeNull();
    expect(await openSection(a.teacherId, a.classId, SLUG, 2)).toBe(2);
    expect(await openSection(a.teacherId, a.classId, SLUG, 1)).toBe(2); // a late click of an earlier section
    await expect(listening.done).resolves.toEqual([2, 2]);
    expect(other.heard).toEqual([]);
    expect(await pacedAssignmentOf(a.learnerId, SLUG)).toEqual({ id: a.assignmentId, openedSection: 2 });
    expect((await pacedAssignmentOf(b.learnerId, SLUG))?.openedSection).toBe(0);
  });

  it('opens nothing on an assignment the students pace themselves', async () => {
    const open = await pacedClass('open');
    expect(await openSection(open.teacherId, open.classId, SLUG, 1)).toBeNull();
    expect(await pacedAssignmentOf(open.learnerId, SLUG)).toBeNull();
  });

  it.runIf(testServerUrl())(
    'reaches a watcher on another app instance, and after its listening session drops it listens again',
    async () => {
      const a = await pacedClass();
      const other = openDatabase({ databaseUrl: database.url! });
      try {
        const downs: string[] = [];
        const heard: string[] = [];
        const watcher = { message: (payload: string) => heard.push(payload), down: () => downs.push('down') };
        expect(await other.notifications.listen(PACE_CHANNEL, watcher)).not.toBeNull();
        await openSection(a.teacherId, a.classId, SLUG, 1);
        await expect.poll(() => heard).toEqual([`${a.assignmentId}:1`]);

        // Cut the other instance's listening session, as a database restart or a network fault would.
        await database.prisma.$queryRawUnsafe(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND query = 'LISTEN "${PACE_CHANNEL}"'`,
        );
        await expect.poll(() => downs).toEqual(['down']);
        // The page's next request listens again, on a new session.
        expect(await other.notifications.listen(PACE_CHANNEL, watcher)).not.toBeNull();
        await openSection(a.teacherId, a.classId, SLUG, 2);
        await expect.poll(() => heard).toEqual([`${a.assignmentId}:1`, `${a.assignmentId}:2`]);
      } finally {
        await other.close();
      }
    },
  );
});
