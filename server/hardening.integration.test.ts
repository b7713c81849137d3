import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createClass } from './teacher/classes';
import { createAnonymousLearner, findLearnerIdByToken } from './auth/learner-sessions';
import {
  PASSWORD_HASHES_RUNNING,
  PASSWORD_HASHES_WAITING,
  PASSWORD_PLACES_PER_CLIENT,
  PasswordBusyError,
  passwordGateStats,
  withPasswordSlot,
} from './auth/password-gate';
import { hashPassword } from './auth/passwords';
import { resumeCodeDigest } from './auth/resume-codes';
import { retentionPolicy } from './retention-policy';
import { joinClass, resumeStudent } from './learner/students';
import { signUpAllowed } from './teacher/accounts';
import { delayAfter } from './auth/throttle';
import { setUpAppTestDatabase } from './testing/setup-database';

const database = setUpAppTestDatabase();

const DAY_MS = 24 * 60 * 60 * 1000;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
const settings = { feedbackMode: 'immediate', retakes: -1, defaultLocale: 'en', countedAttempt: 'latest' } as const;

async function newClass() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${unique('t')}@school.example`, passwordHash: 'x' },
    select: { id: true },
  });
  const { id } = await createClass(teacher.id, 'Period 2', settings);
  const { joinCode } = await database.prisma.class.findUniqueOrThrow({ where: { id }, select: { joinCode: true } });
  return { classId: id, joinCode };
}

async function join(joinCode: string, name: string, currentToken?: string) {
  const joined = await joinClass(joinCode, name, unique('ip'), currentToken);
  if (!joined.ok) throw new Error(joined.error);
  return joined;
}

describe('the password gate', () => {
  it(`runs at most ${PASSWORD_HASHES_RUNNING} hashes at once, queues ${PASSWORD_HASHES_WAITING} and refuses the rest`, async () => {
    const before = passwordGateStats();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => hashPassword('a long class password')));
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(
      PASSWORD_HASHES_RUNNING + PASSWORD_HASHES_WAITING,
    );
    expect(refused).toHaveLength(20 - PASSWORD_HASHES_RUNNING - PASSWORD_HASHES_WAITING);
    for (const outcome of refused) expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(PasswordBusyError);
    const after = passwordGateStats();
    expect(after.peakRunning).toBe(PASSWORD_HASHES_RUNNING);
    expect(after.refused - before.refused).toBe(refused.length);
    expect(after).toMatchObject({ running: 0, waiting: 0 });
  });

  it('lets one client hold only its share, so that another client is served while the first floods', async () => {
    const slowHash = (client: string, log: string[]) =>
      withPasswordSlot(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        log.push(client);
      }, client);
    const log: string[] = [];
    const flood = Array.from({ length: 16 }, () => slowHash('203.0.113.66', log));
    const teacher = slowHash('198.51.100.7', log);
    const outcomes = await Promise.allSettled([...flood, teacher]);
    expect(outcomes.at(-1)!.status).toBe('fulfilled');
    expect(log.filter((client) => client === '203.0.113.66')).toHaveLength(PASSWORD_PLACES_PER_CLIENT);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(16 - PASSWORD_PLACES_PER_CLIENT);
    // Its places are given back: the flooding client is served again once its hashes are done.
    await expect(slowHash('203.0.113.66', log)).resolves.toBeUndefined();
  });

  it('hands a finished slot to the next in line, never to a newcomer beyond the limit', async () => {
    let running = 0;
    let peak = 0;
    const work = () =>
      withPasswordSlot(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
      });
    // Waves of newcomers arrive while slots are being handed over.
    const waves = await Promise.allSettled(
      Array.from({ length: 5 }, async (_, wave) => {
        await new Promise((resolve) => setTimeout(resolve, wave * 3));
        return Promise.allSettled(Array.from({ length: 3 }, work));
      }),
    );
    expect(waves.every((wave) => wave.status === 'fulfilled')).toBe(true);
    expect(peak).toBe(PASSWORD_HASHES_RUNNING);
  });
});

describe('failure delays', () => {
  it('are free for five failures, then double from one second up to fifteen minutes', () => {
    expect([0, 4, 5, 6, 7, 14, 15, 40].map(delayAfter)).toEqual([0, 0, 1_000, 2_000, 4_000, 512_000, 900_000, 900_000]);
  });
});

describe('learner sessions', () => {
  it('end after the idle period, and after the absolute period however active', async () => {
    const { learnerIdleDays, learnerMaxDays } = retentionPolicy();
    const idle = await createAnonymousLearner();
    const start = Date.now();
    expect(await findLearnerIdByToken(idle.token, new Date(start + (learnerIdleDays - 1) * DAY_MS))).toBe(
      idle.learnerId,
    );
    // That visit moved "last seen": a full idle period after it, the session is over, and its row is gone.
    expect(
      await findLearnerIdByToken(idle.token, new Date(start + (2 * learnerIdleDays - 1) * DAY_MS + 60_000)),
    ).toBeNull();
    expect(await database.prisma.learnerSession.count({ where: { learnerId: idle.learnerId } })).toBe(0);

    const busy = await createAnonymousLearner();
    for (let day = 7; day < learnerMaxDays; day += 7)
      expect(await findLearnerIdByToken(busy.token, new Date(start + day * DAY_MS))).toBe(busy.learnerId);
    expect(await findLearnerIdByToken(busy.token, new Date(start + (learnerMaxDays + 1) * DAY_MS))).toBeNull();
    expect(await findLearnerIdByToken(busy.token)).toBeNull();
  });

  it('find nobody once the learner’s class is archived, even with the session row still there', async () => {
    const { classId } = await newClass();
    const student = await createAnonymousLearner();
    await database.prisma.learner.update({ where: { id: student.learnerId }, data: { classId } });
    expect(await findLearnerIdByToken(student.token)).toBe(student.learnerId);
    // Archiving deletes the class's sessions as well; the lookup does not rely on that.
    await database.prisma.class.update({ where: { id: classId }, data: { archivedAt: new Date() } });
    expect(await findLearnerIdByToken(student.token)).toBeNull();
  });
});

describe('joining a class as a guest', () => {
  it('ends every session of the guest: a cookie copied before joining does not become the student', async () => {
    const { joinCode } = await newClass();
    const guest = await createAnonymousLearner();
    const elsewhere = await database.prisma.learnerSession.create({
      data: { learnerId: guest.learnerId, tokenHash: createHash('sha256').update('x'.repeat(43)).digest('hex') },
    });
    const joined = await join(joinCode, 'Ana', guest.token);
    expect(await findLearnerIdByToken(guest.token)).toBeNull();
    expect(await findLearnerIdByToken('x'.repeat(43))).toBeNull();
    expect(await database.prisma.learnerSession.findUnique({ where: { id: elsewhere.id } })).toBeNull();
    expect(await findLearnerIdByToken(joined.token)).toBe(guest.learnerId);
  });
});

describe('resume codes', () => {
  it('are stored as an HMAC with the server secret, not as a plain hash', async () => {
    const { classId, joinCode } = await newClass();
    const joined = await join(joinCode, 'Bea');
    const stored = await database.prisma.learner.findFirstOrThrow({
      where: { classId, displayName: 'Bea' },
      select: { resumeCodeHash: true },
    });
    expect(stored.resumeCodeHash).toBe(resumeCodeDigest(joined.resumeCode));
    expect(stored.resumeCodeHash).not.toBe(createHash('sha256').update(joined.resumeCode).digest('hex'));
  });

  it('from an earlier version (plain SHA-256) work once more and are then stored as an HMAC', async () => {
    const { classId, joinCode } = await newClass();
    const joined = await join(joinCode, 'Cai');
    const learner = await database.prisma.learner.findFirstOrThrow({
      where: { classId, displayName: 'Cai' },
      select: { id: true },
    });
    await database.prisma.learner.update({
      where: { id: learner.id },
      data: { resumeCodeHash: createHash('sha256').update(joined.resumeCode).digest('hex') },
    });
    expect((await resumeStudent(joinCode, joined.resumeCode, unique('ip'))).ok).toBe(true);
    expect((await database.prisma.learner.findUniqueOrThrow({ where: { id: learner.id } })).resumeCodeHash).toBe(
      resumeCodeDigest(joined.resumeCode),
    );
  });

  it('still resume the class while one address floods it with wrong codes', async () => {
    const { joinCode } = await newClass();
    const students = await Promise.all(['Dee', 'Eli', 'Fay'].map((name) => join(joinCode, name)));
    const attacker = unique('ip');
    const flood = [];
    for (let attempt = 0; attempt < 40; attempt += 1)
      flood.push((await resumeStudent(joinCode, 'ZZZZZZZZ', attacker)).ok);
    expect(flood.every((ok) => !ok)).toBe(true);
    expect(await resumeStudent(joinCode, students[0]!.resumeCode, attacker)).toEqual({ ok: false, error: 'throttled' });
    for (const student of students)
      expect((await resumeStudent(joinCode, student.resumeCode, unique('ip'))).ok).toBe(true);
  });
});

describe('the sign-up allow-list', () => {
  it('lets anyone sign up without a list, and only listed domains with one', () => {
    expect(signUpAllowed('ana@anywhere.example', [])).toBe(true);
    expect(signUpAllowed('ana@school.org', ['school.org', 'district.edu'])).toBe(true);
    expect(signUpAllowed('ana@SCHOOL.ORG', ['school.org'])).toBe(true);
    expect(signUpAllowed('ana@evil.school.org', ['school.org'])).toBe(false);
    expect(signUpAllowed('school.org@evil.example', ['school.org'])).toBe(false);
  });
});
