import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { randomCode } from '@/lib/join-code';
import { createClass, getClass, listClasses, renameStudent, setClassArchived, updateClassSettings } from './classes';
import { replaceJoinCode } from './join-codes';
import { findLearnerIdByToken } from '../auth/learner-sessions';
import { joinClass } from '../learner/students';
import { changeTeacherPassword, resetTeacherPassword, signInTeacher } from './accounts';
import { findTeacherByToken } from '../auth/teacher-sessions';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { hashToken, newToken } from '../auth/tokens';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('@/lib/join-code', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/join-code')>();
  // The real draw, which one test makes collide.
  return { ...actual, randomCode: vi.fn(actual.randomCode) };
});
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();

const settings = { feedbackMode: 'immediate', retakes: -1, defaultLocale: 'en', countedAttempt: 'latest' } as const;

async function newTeacher(passwordHash = 'unused'): Promise<{ teacherId: string; email: string }> {
  const email = `${randomUUID()}@school.example`;
  const teacher = await database.prisma.teacher.create({ data: { email, passwordHash }, select: { id: true } });
  return { teacherId: teacher.id, email };
}

async function join(joinCode: string, name: string) {
  const joined = await joinClass(joinCode, name, randomUUID());
  if (!joined.ok) throw new Error(joined.error);
  return (await findLearnerIdByToken(joined.token))!;
}

const codeOf = async (teacherId: string, classId: string) => (await getClass(teacherId, classId))!.joinCode;

describe('a teacher’s classes', () => {
  it('are listed newest first with archived ones last, each with its student count, and nobody else’s', async () => {
    const { teacherId } = await newTeacher();
    const first = await createClass(teacherId, 'Period 1', settings);
    const second = await createClass(teacherId, 'Period 2', settings);
    const third = await createClass(teacherId, 'Period 3', settings);
    await join(await codeOf(teacherId, second.id), 'Ana');
    await join(await codeOf(teacherId, second.id), 'Ben');
    await setClassArchived(teacherId, third.id, true);
    await createClass((await newTeacher()).teacherId, 'Someone else’s', settings);

    const classes = await listClasses(teacherId);
    expect(classes.map(({ name, studentCount, archived }) => ({ name, studentCount, archived }))).toEqual([
      { name: 'Period 2', studentCount: 2, archived: false },
      { name: 'Period 1', studentCount: 0, archived: false },
      { name: 'Period 3', studentCount: 0, archived: true },
    ]);
    expect(classes[1]).toEqual({
      id: first.id,
      name: 'Period 1',
      joinCode: await codeOf(teacherId, first.id),
      studentCount: 0,
      archived: false,
    });
  });

  it('change their settings only for their own teacher', async () => {
    const { teacherId } = await newTeacher();
    const stranger = await newTeacher();
    const { id } = await createClass(teacherId, 'Period 4', settings);
    const changed = { feedbackMode: 'deferred', retakes: 2, defaultLocale: 'es', countedAttempt: 'best' } as const;
    expect(await updateClassSettings(stranger.teacherId, id, changed)).toBe(false);
    expect(await getClass(teacherId, id)).toMatchObject(settings);
    expect(await updateClassSettings(teacherId, 'not-a-uuid', changed)).toBe(false);
    expect(await updateClassSettings(teacherId, id, changed)).toBe(true);
    expect(await getClass(teacherId, id)).toMatchObject(changed);
  });

  it('get a new join code on request, only from their own teacher', async () => {
    const { teacherId } = await newTeacher();
    const { id } = await createClass(teacherId, 'Period 5', settings);
    const old = await codeOf(teacherId, id);
    expect(await replaceJoinCode((await newTeacher()).teacherId, id)).toBe(false);
    expect(await codeOf(teacherId, id)).toBe(old);
    expect(await replaceJoinCode(teacherId, 'nope')).toBe(false);

    expect(await replaceJoinCode(teacherId, id)).toBe(true);
    const fresh = await codeOf(teacherId, id);
    expect(fresh).not.toBe(old);
    expect(await joinClass(fresh, 'Ana', randomUUID())).toMatchObject({ ok: true, className: 'Period 5' });
    // The old code's grace period: server/teacher/join-codes.integration.test.ts.
    expect(await joinClass(old, 'Ben', randomUUID())).toMatchObject({ ok: true, className: 'Period 5' });
  });

  it('draw another join code when one is taken, and give up after a few collisions', async () => {
    const { teacherId } = await newTeacher();
    const { id } = await createClass(teacherId, 'Period 6', settings);
    const taken = await codeOf(teacherId, id);
    vi.mocked(randomCode).mockReturnValueOnce(taken).mockReturnValueOnce(taken);
    const next = await createClass(teacherId, 'Period 7', settings);
    const code = await codeOf(teacherId, next.id);
    expect(code).not.toBe(taken);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    vi.mocked(randomCode).mockReturnValue(taken);
    try {
      await expect(createClass(teacherId, 'Period 8', settings)).rejects.toMatchObject({ code: 'P2002' });
      expect(vi.mocked(randomCode).mock.calls.length).toBeGreaterThanOrEqual(6);
    } finally {
      vi.mocked(randomCode).mockReset();
      vi.mocked(randomCode).mockImplementation(
        (await vi.importActual<typeof import('@/lib/join-code')>('@/lib/join-code')).randomCode,
      );
    }
    expect((await listClasses(teacherId)).map((klass) => klass.name).sort()).toEqual(['Period 6', 'Period 7']);
  });
});

describe('renaming a student', () => {
  it('works in the teacher’s own class, and refuses a name another student has', async () => {
    const { teacherId } = await newTeacher();
    const { id: classId } = await createClass(teacherId, 'Period 1', settings);
    const code = await codeOf(teacherId, classId);
    const ana = await join(code, 'Ana');
    await join(code, 'Ben');

    expect(await renameStudent(teacherId, classId, ana, 'Ana María')).toBe('ok');
    expect(
      await database.prisma.learner.findUniqueOrThrow({ where: { id: ana }, select: { displayName: true } }),
    ).toEqual({ displayName: 'Ana María' });
    expect(await renameStudent(teacherId, classId, ana, 'Ben')).toBe('taken');
    expect(await renameStudent((await newTeacher()).teacherId, classId, ana, 'Mallory')).toBe('not-found');
    expect(await renameStudent(teacherId, classId, 'nope', 'Mallory')).toBe('not-found');
    expect(
      await database.prisma.learner.findUniqueOrThrow({ where: { id: ana }, select: { displayName: true } }),
    ).toEqual({ displayName: 'Ana María' });
  });
});

describe('teacher passwords', () => {
  it(
    'a teacher changes theirs with the current one: other sessions end, this one stays',
    { timeout: 120_000 },
    async () => {
      const { teacherId, email } = await newTeacher(await hashPassword('old correct horse'));
      const [kept, other] = [newToken(), newToken()];
      for (const token of [kept, other])
        await database.prisma.teacherSession.create({ data: { teacherId, tokenHash: hashToken(token) } });

      expect(await changeTeacherPassword(teacherId, 'not the password', 'new battery staple', kept)).toEqual({
        ok: false,
        error: 'wrong-password',
      });
      expect(await changeTeacherPassword(teacherId, 'old correct horse', 'password', kept)).toEqual({
        ok: false,
        error: 'common-password',
      });
      expect(await findTeacherByToken(other)).not.toBeNull(); // refused changes end nothing
      expect(await changeTeacherPassword(teacherId, 'old correct horse', 'new battery staple', kept)).toEqual({
        ok: true,
      });

      expect(await findTeacherByToken(kept)).toEqual({ teacherId, email });
      expect(await findTeacherByToken(other)).toBeNull();
      expect((await signInTeacher(email, 'old correct horse', randomUUID())).ok).toBe(false);
      expect((await signInTeacher(email, 'new battery staple', randomUUID())).ok).toBe(true);
    },
  );

  it('allows five tries a minute, as each costs a hash', { timeout: 120_000 }, async () => {
    const { teacherId } = await newTeacher('not-a-hash');
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await changeTeacherPassword(teacherId, 'guess', 'new battery staple', newToken())).ok).toBe(false);
    expect(await changeTeacherPassword(teacherId, 'guess', 'new battery staple', newToken())).toEqual({
      ok: false,
      error: 'throttled',
    });
  });

  it('the operator’s reset sets a new password and ends every session', { timeout: 120_000 }, async () => {
    const { teacherId, email } = await newTeacher(await hashPassword('forgotten password'));
    const token = newToken();
    await database.prisma.teacherSession.create({ data: { teacherId, tokenHash: hashToken(token) } });
    expect(await resetTeacherPassword('nobody@school.example', 'a brand new password')).toBe(false);
    expect(await resetTeacherPassword(email, 'a brand new password')).toBe(true);
    expect(await findTeacherByToken(token)).toBeNull();
    const { passwordHash } = await database.prisma.teacher.findUniqueOrThrow({
      where: { id: teacherId },
      select: { passwordHash: true },
    });
    expect(await verifyPassword('a brand new password', passwordHash)).toBe(true);
  });
});
