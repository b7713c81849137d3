import { describe, expect, it, vi } from 'vitest';
import { createClass, getClass, setClassArchived } from './classes';
import { findLearnerIdByToken, startLearnerSession } from '../auth/learner-sessions';
import { newResumeCode, resumeCodeDigest } from '../auth/resume-codes';
import { endStudentSessions, issueResumeCode } from './student-access';
import { joinClass, resumeStudent } from '../learner/students';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('../auth/resume-codes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../auth/resume-codes')>();
  // The real draw, which one test makes collide.
  return { ...actual, newResumeCode: vi.fn(actual.newResumeCode) };
});

// A key of our own, so that the test does not create a secret file in the working directory.
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();

const settings = { feedbackMode: 'immediate', retakes: -1, defaultLocale: 'en', countedAttempt: 'latest' } as const;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

/** A teacher row of its own (sign-up's deliberately slow password hashing is tested elsewhere). */
async function newTeacher(): Promise<string> {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${unique('teacher')}@school.example`, passwordHash: 'unused' },
    select: { id: true },
  });
  return teacher.id;
}

/** A class of `teacherId` with one joined student, signed in on two devices. */
async function classWithStudent(teacherId: string, name: string) {
  const { id: classId } = await createClass(teacherId, name, settings);
  const joinCode = (await getClass(teacherId, classId))!.joinCode;
  const joined = await joinClass(joinCode, 'Ana', unique('ip'));
  if (!joined.ok) throw new Error(joined.error);
  const learnerId = (await findLearnerIdByToken(joined.token))!;
  const tokens = [joined.token, await startLearnerSession(learnerId)];
  return { classId, joinCode, learnerId, tokens, resumeCode: joined.resumeCode };
}

const signedIn = async (tokens: string[]) => Promise.all(tokens.map((token) => findLearnerIdByToken(token)));

describe('archiving a class', () => {
  it('ends its students’ sessions for good: bringing the class back does not revive them', async () => {
    const teacher = await newTeacher();
    const archived = await classWithStudent(teacher, 'Period 1');
    const other = await classWithStudent(teacher, 'Period 2');
    expect(await signedIn(archived.tokens)).toEqual([archived.learnerId, archived.learnerId]);

    expect(await setClassArchived(teacher, archived.classId, true)).toBe(true);
    expect(await setClassArchived(teacher, archived.classId, false)).toBe(true);
    expect(await signedIn(archived.tokens)).toEqual([null, null]);
    expect(await database.prisma.learnerSession.count({ where: { learnerId: archived.learnerId } })).toBe(0);
    expect(await signedIn(other.tokens)).toEqual([other.learnerId, other.learnerId]);
    // The student is still in the class and continues with their personal code.
    expect(await resumeStudent(archived.joinCode, archived.resumeCode, unique('ip'))).toMatchObject({ ok: true });
  });

  it('ends nobody’s session when the class is another teacher’s', async () => {
    const owner = await newTeacher();
    const student = await classWithStudent(owner, 'Period 3');
    expect(await setClassArchived(await newTeacher(), student.classId, true)).toBe(false);
    expect(await signedIn(student.tokens)).toEqual([student.learnerId, student.learnerId]);
  });
});

describe('a teacher ending a student’s sessions', () => {
  it('signs the student out on every device, and no one else', async () => {
    const teacher = await newTeacher();
    const ana = await classWithStudent(teacher, 'Period 4');
    const other = await classWithStudent(teacher, 'Period 5');
    expect(await endStudentSessions(teacher, ana.classId, ana.learnerId)).toBe(true);
    expect(await signedIn(ana.tokens)).toEqual([null, null]);
    expect(await signedIn(other.tokens)).toEqual([other.learnerId, other.learnerId]);
    // Signed out, not locked out: the personal code still works.
    expect(await resumeStudent(ana.joinCode, ana.resumeCode, unique('ip'))).toMatchObject({ ok: true });
  });

  it('changes nothing for another teacher, or through another class', async () => {
    const owner = await newTeacher();
    const stranger = await newTeacher();
    const ana = await classWithStudent(owner, 'Period 6');
    const strangersClass = await classWithStudent(stranger, 'Period 7');
    expect(await endStudentSessions(stranger, ana.classId, ana.learnerId)).toBe(false);
    expect(await endStudentSessions(stranger, strangersClass.classId, ana.learnerId)).toBe(false);
    expect(await endStudentSessions(owner, ana.classId, 'not-a-uuid')).toBe(false);
    expect(await signedIn(ana.tokens)).toEqual([ana.learnerId, ana.learnerId]);
  });
});

describe('a teacher issuing a new personal code', () => {
  it('replaces the old code and signs the student out everywhere', async () => {
    const teacher = await newTeacher();
    const ana = await classWithStudent(teacher, 'Period 8');
    const other = await classWithStudent(teacher, 'Period 9');
    const code = await issueResumeCode(teacher, ana.classId, ana.learnerId);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(await signedIn(ana.tokens)).toEqual([null, null]);
    expect(await resumeStudent(ana.joinCode, ana.resumeCode, unique('ip'))).toMatchObject({ ok: false });
    const resumed = await resumeStudent(ana.joinCode, code!, unique('ip'));
    expect(resumed).toMatchObject({ ok: true });
    expect(await findLearnerIdByToken(resumed.ok ? resumed.token : undefined)).toBe(ana.learnerId);
    // Only a digest of the code is stored.
    const stored = await database.prisma.learner.findUniqueOrThrow({
      where: { id: ana.learnerId },
      select: { resumeCodeHash: true },
    });
    expect(stored.resumeCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await signedIn(other.tokens)).toEqual([other.learnerId, other.learnerId]);
    expect(await resumeStudent(other.joinCode, other.resumeCode, unique('ip'))).toMatchObject({ ok: true });
  });

  it('changes nothing for another teacher, or through another class', async () => {
    const owner = await newTeacher();
    const stranger = await newTeacher();
    const ana = await classWithStudent(owner, 'Period 10');
    const strangersClass = await classWithStudent(stranger, 'Period 11');
    const before = await database.prisma.learner.findUniqueOrThrow({
      where: { id: ana.learnerId },
      select: { resumeCodeHash: true },
    });
    expect(await issueResumeCode(stranger, ana.classId, ana.learnerId)).toBeNull();
    expect(await issueResumeCode(stranger, strangersClass.classId, ana.learnerId)).toBeNull();
    expect(await issueResumeCode(owner, ana.classId, 'not-a-uuid')).toBeNull();
    expect(
      await database.prisma.learner.findUniqueOrThrow({
        where: { id: ana.learnerId },
        select: { resumeCodeHash: true },
      }),
    ).toEqual(before);
    expect(await signedIn(ana.tokens)).toEqual([ana.learnerId, ana.learnerId]);
    expect(await resumeStudent(ana.joinCode, ana.resumeCode, unique('ip'))).toMatchObject({ ok: true });
  });

  it('draws again when the new code is already another student’s in the class', async () => {
    const teacher = await newTeacher();
    const ana = await classWithStudent(teacher, 'Period 12');
    const ben = await joinClass(ana.joinCode, 'Ben', unique('ip'));
    if (!ben.ok) throw new Error(ben.error);
    const benId = (await findLearnerIdByToken(ben.token))!;
    const taken = 'TAKENCDE';
    const fresh = 'FRESHCDE';
    await database.prisma.learner.update({ where: { id: benId }, data: { resumeCodeHash: resumeCodeDigest(taken) } });
    // The first draw is Ben's code; the second is free.
    vi.mocked(newResumeCode).mockClear().mockReturnValueOnce(taken).mockReturnValueOnce(fresh);
    expect(await issueResumeCode(teacher, ana.classId, ana.learnerId)).toBe(fresh);
    expect(vi.mocked(newResumeCode)).toHaveBeenCalledTimes(2);
    expect(await resumeStudent(ana.joinCode, fresh, unique('ip'))).toMatchObject({ ok: true });
  });
});
