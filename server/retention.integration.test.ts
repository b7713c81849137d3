import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { purgeExpiredData } from './retention';
import { daysBefore, retentionPolicy } from './retention-policy';
import { TEACHER_SESSION_ABSOLUTE_MS, TEACHER_SESSION_IDLE_MS } from './auth/teacher-sessions';
import { hashToken, newToken } from './auth/tokens';
import { setUpAppTestDatabase } from './testing/setup-database';

const database = setUpAppTestDatabase();

const now = new Date('2027-03-01T12:00:00Z');
const MINUTE = 60_000;
// Every period is tested one minute either side of its edge.
const inside = (edge: Date) => new Date(edge.getTime() + MINUTE);
const outside = (edge: Date) => new Date(edge.getTime() - MINUTE);
const msBefore = (ms: number) => new Date(now.getTime() - ms);
const sorted = (ids: string[]) => [...ids].sort();

async function learner(name: string, classId: string | null, createdAt: Date) {
  const id = randomUUID();
  await database.prisma.learner.create({ data: { id, classId, displayName: classId ? name : null, createdAt } });
  return id;
}

async function learnerSession(learnerId: string, createdAt: Date, lastSeenAt: Date) {
  const id = randomUUID();
  await database.prisma.learnerSession.create({
    data: { id, learnerId, tokenHash: hashToken(newToken()), createdAt, lastSeenAt },
  });
  return id;
}

/** Reading, preferences, familiarity and one answered attempt: every table below Learner gets a row. */
async function work(learnerId: string) {
  await database.prisma.readingProgress.create({
    data: { learnerId, lessonSlug: 'zero-tolerance', furthestParagraph: 4 },
  });
  await database.prisma.readingPreference.create({ data: { learnerId, textSize: 'large', lineSpacing: 'loose' } });
  await database.prisma.topicFamiliarity.create({ data: { learnerId, lessonSlug: 'zero-tolerance', level: 2 } });
  const attempt = await database.prisma.quizAttempt.create({
    data: { learnerId, lessonSlug: 'zero-tolerance', quizId: 'comprehension', number: 1 },
  });
  await database.prisma.quizAnswer.create({
    data: { attemptId: attempt.id, itemId: 'c-countries', response: { optionId: 'x' }, saveId: randomUUID(), seq: 1 },
  });
  return attempt.id;
}

async function teacherSession(teacherId: string, createdAt: Date, lastSeenAt: Date) {
  const id = randomUUID();
  await database.prisma.teacherSession.create({
    data: { id, teacherId, tokenHash: hashToken(newToken()), createdAt, lastSeenAt },
  });
  return id;
}

describe('purgeExpiredData', () => {
  it('deletes exactly what is past its period, with everything below it, and nothing else', async () => {
    const policy = retentionPolicy();
    const longAgo = daysBefore(now, 400);
    const teacher = await database.prisma.teacher.create({
      data: { email: 'keeper@school.example', passwordHash: 'x' },
      select: { id: true },
    });
    const klass = (name: string, archivedAt: Date | null) =>
      database.prisma.class.create({
        data: { teacherId: teacher.id, name, joinCode: name.slice(0, 6).toUpperCase().padEnd(6, 'X'), archivedAt },
        select: { id: true },
      });
    const active = await klass('ACTIVE', null);
    const archivedEdge = daysBefore(now, policy.archivedClassDays);
    const archivedRecently = await klass('RECENT', inside(archivedEdge));
    const archivedLongAgo = await klass('EXPIRD', outside(archivedEdge));

    // A student of an active class, enrolled long ago: only their expired sessions go.
    const student = await learner('Ana', active.id, longAgo);
    const studentAttempt = await work(student);
    const idleEdge = daysBefore(now, policy.learnerIdleDays);
    const maxEdge = daysBefore(now, policy.learnerMaxDays);
    const idleKept = await learnerSession(student, daysBefore(now, 10), inside(idleEdge));
    await learnerSession(student, daysBefore(now, 10), outside(idleEdge));
    const oldKept = await learnerSession(student, inside(maxEdge), now);
    await learnerSession(student, outside(maxEdge), now);
    // A student with no session at all is not a guest: kept while the class exists.
    const quietStudent = await learner('Leo', active.id, longAgo);
    const recentClassStudent = await learner('Mia', archivedRecently.id, longAgo);
    const recentClassAttempt = await work(recentClassStudent);
    const expiredClassStudent = await learner('Sam', archivedLongAgo.id, longAgo);
    await work(expiredClassStudent);
    await learnerSession(expiredClassStudent, now, now);

    const guestEdge = daysBefore(now, policy.guestDays);
    // Last seen just too long ago: the guest, their session and their work go.
    const staleGuest = await learner('stale', null, outside(guestEdge));
    await work(staleGuest);
    await learnerSession(staleGuest, outside(guestEdge), outside(guestEdge));
    await learner('sessionless', null, outside(guestEdge));
    // Created long ago but back just inside the period (one old session, one recent): kept, and so is their work.
    const returningGuest = await learner('returning', null, longAgo);
    const returningAttempt = await work(returningGuest);
    await learnerSession(returningGuest, longAgo, outside(idleEdge));
    const returningSession = await learnerSession(returningGuest, daysBefore(now, 50), inside(guestEdge));
    // A guest who never started a quiz goes a day after their last visit, their reading position with them.
    const idleEdge1 = daysBefore(now, 1);
    const idleGuest = await learner('idle', null, daysBefore(now, 2));
    await database.prisma.readingProgress.create({
      data: { learnerId: idleGuest, lessonSlug: 'zero-tolerance', furthestParagraph: 2 },
    });
    await learnerSession(idleGuest, daysBefore(now, 2), outside(idleEdge1));
    const readerToday = await learner('reader', null, daysBefore(now, 2));
    const readerSession = await learnerSession(readerToday, daysBefore(now, 2), inside(idleEdge1));
    const newGuest = await learner('new', null, inside(idleEdge1));

    const teacherIdleKept = await teacherSession(
      teacher.id,
      msBefore(3 * 3_600_000),
      inside(msBefore(TEACHER_SESSION_IDLE_MS)),
    );
    await teacherSession(teacher.id, msBefore(3 * 3_600_000), outside(msBefore(TEACHER_SESSION_IDLE_MS)));
    const teacherOldKept = await teacherSession(teacher.id, inside(msBefore(TEACHER_SESSION_ABSOLUTE_MS)), now);
    await teacherSession(teacher.id, outside(msBefore(TEACHER_SESSION_ABSOLUTE_MS)), now);

    const throttleEdge = daysBefore(now, 1);
    await database.prisma.authThrottle.create({
      data: { key: 'signin:ip:kept', windowStart: inside(throttleEdge), count: 3 },
    });
    await database.prisma.authThrottle.create({
      data: { key: 'signin:ip:gone', windowStart: outside(throttleEdge), count: 3 },
    });

    const resetLink = (name: string, expiresAt: Date) =>
      database.prisma.passwordReset.create({
        data: { teacherId: teacher.id, tokenHash: name.padEnd(64, '0'), expiresAt },
      });
    await resetLink('kept', new Date(now.getTime() + 1));
    await resetLink('gone', now);

    const familyLink = (expiresAt: Date, revokedAt: Date | null = null) =>
      database.prisma.familyLink.create({
        data: { learnerId: student, classId: active.id, lessonSlug: 'zero-tolerance', expiresAt, revokedAt },
        select: { id: true },
      });
    const workingLink = await familyLink(new Date(now.getTime() + 1));
    await familyLink(now);
    await familyLink(daysBefore(now, -30), daysBefore(now, 1));

    expect(await purgeExpiredData(now)).toEqual({
      learnerSessions: 3,
      teacherSessions: 2,
      guests: 3,
      archivedClasses: 1,
      throttleRows: 1,
      resetLinks: 1,
      familyLinks: 2,
    });

    const { prisma } = database;
    const keptLearners = [student, quietStudent, recentClassStudent, returningGuest, readerToday, newGuest];
    const withWork = [student, recentClassStudent, returningGuest];
    expect(sorted((await prisma.class.findMany({ select: { id: true } })).map((row) => row.id))).toEqual(
      sorted([active.id, archivedRecently.id]),
    );
    expect(sorted((await prisma.learner.findMany({ select: { id: true } })).map((row) => row.id))).toEqual(
      sorted(keptLearners),
    );
    expect(sorted((await prisma.learnerSession.findMany({ select: { id: true } })).map((row) => row.id))).toEqual(
      sorted([idleKept, oldKept, returningSession, readerSession]),
    );
    expect(
      sorted((await prisma.readingProgress.findMany({ select: { learnerId: true } })).map((row) => row.learnerId)),
    ).toEqual(sorted(withWork));
    expect(
      sorted((await prisma.readingPreference.findMany({ select: { learnerId: true } })).map((row) => row.learnerId)),
    ).toEqual(sorted(withWork));
    expect(
      sorted((await prisma.topicFamiliarity.findMany({ select: { learnerId: true } })).map((row) => row.learnerId)),
    ).toEqual(sorted(withWork));
    const attempts = sorted([studentAttempt, recentClassAttempt, returningAttempt]);
    expect(sorted((await prisma.quizAttempt.findMany({ select: { id: true } })).map((row) => row.id))).toEqual(
      attempts,
    );
    expect(
      sorted((await prisma.quizAnswer.findMany({ select: { attemptId: true } })).map((row) => row.attemptId)),
    ).toEqual(attempts);
    expect((await prisma.teacher.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([teacher.id]);
    expect(sorted((await prisma.teacherSession.findMany({ select: { id: true } })).map((row) => row.id))).toEqual(
      sorted([teacherIdleKept, teacherOldKept]),
    );
    expect((await prisma.authThrottle.findMany({ select: { key: true } })).map((row) => row.key)).toEqual([
      'signin:ip:kept',
    ]);
    expect((await prisma.passwordReset.findMany({ select: { tokenHash: true } })).map((row) => row.tokenHash)).toEqual([
      'kept'.padEnd(64, '0'),
    ]);
    expect((await prisma.familyLink.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([workingLink.id]);

    // Run again at the same moment: nothing left to delete.
    expect(await purgeExpiredData(now)).toEqual({
      learnerSessions: 0,
      teacherSessions: 0,
      guests: 0,
      archivedClasses: 0,
      throttleRows: 0,
      resetLinks: 0,
      familyLinks: 0,
    });
  });
});
