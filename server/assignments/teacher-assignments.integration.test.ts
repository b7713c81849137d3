import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { extendAssignment, getAssignment, getExtension, setAssignment } from './teacher-assignments';

const database = setUpAppTestDatabase();
const SLUG = 'zero-tolerance';
const dates = {
  opensAt: new Date('2026-12-10T15:30:00.000Z'),
  dueAt: new Date('2026-12-11T15:30:00.000Z'),
  closesAt: null,
};

async function teacherWithClass() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `t-${randomUUID()}@example.org`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 5', joinCode: randomUUID().slice(0, 6).toUpperCase() },
  });
  const student = await database.prisma.learner.create({ data: { classId: klass.id, displayName: 'Ana' } });
  return { teacherId: teacher.id, classId: klass.id, learnerId: student.id };
}

describe("a teacher's assignments", () => {
  it('sets the dates of a lesson in their class, replaces them, and reads them back exactly', async () => {
    const { teacherId, classId } = await teacherWithClass();
    expect(await getAssignment(teacherId, classId, SLUG)).toBeNull();
    expect(await setAssignment(teacherId, classId, SLUG, dates)).toBe(true);
    expect(await getAssignment(teacherId, classId, SLUG)).toEqual({
      ...dates,
      pacing: 'open',
      lockedQuizIds: [],
      practiceQuizIds: [],
    });
    const later = { ...dates, closesAt: new Date('2026-12-12T00:00:00.000Z') };
    expect(await setAssignment(teacherId, classId, SLUG, later, 'guided')).toBe(true);
    expect(await getAssignment(teacherId, classId, SLUG)).toEqual({
      ...later,
      pacing: 'guided',
      lockedQuizIds: [],
      practiceQuizIds: [],
    });
    expect(await database.prisma.assignment.count({ where: { classId } })).toBe(1);
  });

  it("changes nothing in another teacher's class, and shows them nothing", async () => {
    const a = await teacherWithClass();
    const b = await teacherWithClass();
    await setAssignment(a.teacherId, a.classId, SLUG, dates);
    const moved = { ...dates, opensAt: new Date('2027-01-01T00:00:00.000Z') };
    expect(await setAssignment(b.teacherId, a.classId, SLUG, moved, 'guided')).toBe(false);
    expect(await getAssignment(b.teacherId, a.classId, SLUG)).toBeNull();
    expect(await getAssignment(a.teacherId, a.classId, SLUG)).toEqual({
      ...dates,
      pacing: 'open',
      lockedQuizIds: [],
      practiceQuizIds: [],
    });
    expect(await setAssignment(b.teacherId, randomUUID(), SLUG, dates)).toBe(false);
  });

  it('extends one student of their class, and refuses another teacher and a student of another class', async () => {
    const a = await teacherWithClass();
    const b = await teacherWithClass();
    const until = new Date('2026-12-20T12:00:00.000Z');
    expect(await extendAssignment(a.teacherId, a.classId, SLUG, a.learnerId, until)).toBe(false); // no assignment yet
    await setAssignment(a.teacherId, a.classId, SLUG, dates);
    await setAssignment(b.teacherId, b.classId, SLUG, dates);
    expect(await extendAssignment(b.teacherId, a.classId, SLUG, a.learnerId, until)).toBe(false);
    expect(await extendAssignment(a.teacherId, a.classId, SLUG, b.learnerId, until)).toBe(false);
    expect(await database.prisma.assignmentExtension.count()).toBe(0);
    expect(await extendAssignment(a.teacherId, a.classId, SLUG, a.learnerId, until)).toBe(true);
    expect(await getExtension(a.teacherId, a.classId, SLUG, a.learnerId)).toEqual(until);
    expect(await getExtension(b.teacherId, a.classId, SLUG, a.learnerId)).toBeNull();
    const later = new Date('2026-12-21T12:00:00.000Z');
    expect(await extendAssignment(a.teacherId, a.classId, SLUG, a.learnerId, later)).toBe(true);
    expect(await getExtension(a.teacherId, a.classId, SLUG, a.learnerId)).toEqual(later);
  });
});
