import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOIN_CODE_GRACE_MINUTES, randomCode } from '@/lib/join-code';
import { createClass, getClass, setClassArchived } from './classes';
import { findOpenClass, replaceJoinCode } from './join-codes';
import { joinClass } from '../learner/students';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('@/lib/join-code', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/join-code')>();
  // The real draw, which the uniqueness tests make return a code that is taken.
  return { ...actual, randomCode: vi.fn(actual.randomCode) };
});
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();

const settings = { feedbackMode: 'immediate', retakes: -1, defaultLocale: 'en', countedAttempt: 'latest' } as const;
const MINUTE = 60_000;

afterEach(async () => {
  vi.mocked(randomCode).mockReset();
  vi.mocked(randomCode).mockImplementation(
    (await vi.importActual<typeof import('@/lib/join-code')>('@/lib/join-code')).randomCode,
  );
});

async function newClass(name: string) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
    select: { id: true },
  });
  const { id } = await createClass(teacher.id, name, settings);
  const { joinCode } = await database.prisma.class.findUniqueOrThrow({ where: { id }, select: { joinCode: true } });
  return { teacherId: teacher.id, classId: id, joinCode };
}

describe('a replaced join code', () => {
  it('opens its class during the grace period and not after it', async () => {
    const { teacherId, classId, joinCode: old } = await newClass('Period 1');
    const madeAt = new Date('2026-12-06T10:32:00Z');
    expect(await replaceJoinCode(teacherId, classId, madeAt)).toBe(true);
    const fresh = (await getClass(teacherId, classId, madeAt))!;
    expect(fresh.joinCode).not.toBe(old);
    expect(fresh.previousCode).toEqual({ code: old, validUntil: new Date('2026-12-06T10:42:00Z') });

    const at = (minutes: number) => new Date(madeAt.getTime() + minutes * MINUTE);
    expect(await findOpenClass(old, at(0))).toMatchObject({ id: classId });
    expect(await findOpenClass(old, at(JOIN_CODE_GRACE_MINUTES - 0.01))).toMatchObject({ id: classId });
    expect(await findOpenClass(old, at(JOIN_CODE_GRACE_MINUTES))).toBeNull();
    expect(await findOpenClass(old, at(60))).toBeNull();
    expect(await findOpenClass(fresh.joinCode, at(60))).toMatchObject({ id: classId, name: 'Period 1' });
    // The teacher's note goes when the code stops working.
    expect((await getClass(teacherId, classId, at(JOIN_CODE_GRACE_MINUTES)))!.previousCode).toBeNull();
  });

  it('lets a student join with it right after the new code is made (the real clock)', async () => {
    const { teacherId, classId, joinCode: old } = await newClass('Period 2');
    expect(await replaceJoinCode(teacherId, classId)).toBe(true);
    expect(await joinClass(old, 'Ana', randomUUID())).toMatchObject({ ok: true, className: 'Period 2' });
  });

  it('only ever keeps the code just before the current one, and none of an archived class', async () => {
    const { teacherId, classId, joinCode: first } = await newClass('Period 3');
    const now = new Date();
    await replaceJoinCode(teacherId, classId, now);
    const second = (await getClass(teacherId, classId, now))!.joinCode;
    await replaceJoinCode(teacherId, classId, now);
    expect(await findOpenClass(first, now)).toBeNull();
    expect(await findOpenClass(second, now)).toMatchObject({ id: classId });
    await setClassArchived(teacherId, classId, true);
    expect(await findOpenClass(second, now)).toBeNull();
  });

  it('cannot be replaced by another teacher', async () => {
    const { classId, joinCode } = await newClass('Period 4');
    const stranger = await newClass('Elsewhere');
    expect(await replaceJoinCode(stranger.teacherId, classId)).toBe(false);
    const row = await database.prisma.class.findUniqueOrThrow({
      where: { id: classId },
      select: { joinCode: true, previousJoinCode: true },
    });
    expect(row).toEqual({ joinCode, previousJoinCode: null });
  });
});

describe('a new join code', () => {
  it('is never a code still in its grace period, of this class or another', async () => {
    const a = await newClass('Period 5');
    const now = new Date();
    await replaceJoinCode(a.teacherId, a.classId, now);
    const inGrace = a.joinCode;
    // The draw offers the code in grace first: a new class and a new code for this class both draw again.
    vi.mocked(randomCode).mockReturnValueOnce(inGrace);
    const b = await newClass('Period 6');
    expect(b.joinCode).not.toBe(inGrace);
    vi.mocked(randomCode).mockReturnValueOnce(inGrace);
    await replaceJoinCode(a.teacherId, a.classId, now);
    expect((await getClass(a.teacherId, a.classId, now))!.joinCode).not.toBe(inGrace);
    expect(vi.mocked(randomCode).mock.calls.length).toBeGreaterThanOrEqual(4);
  });

  it('may be a code whose grace period is over', async () => {
    const a = await newClass('Period 7');
    const then = new Date(Date.now() - 2 * JOIN_CODE_GRACE_MINUTES * MINUTE);
    await replaceJoinCode(a.teacherId, a.classId, then);
    vi.mocked(randomCode).mockReturnValueOnce(a.joinCode);
    const b = await newClass('Period 8');
    expect(b.joinCode).toBe(a.joinCode);
    expect(await findOpenClass(a.joinCode)).toMatchObject({ id: b.classId });
  });

  it('gives up after a few draws that are all in grace, changing nothing', async () => {
    const a = await newClass('Period 9');
    const now = new Date();
    await replaceJoinCode(a.teacherId, a.classId, now);
    const current = (await getClass(a.teacherId, a.classId, now))!.joinCode;
    vi.mocked(randomCode).mockReturnValue(a.joinCode);
    await expect(replaceJoinCode(a.teacherId, a.classId, now)).rejects.toThrow();
    expect((await getClass(a.teacherId, a.classId, now))!).toMatchObject({
      joinCode: current,
      previousCode: { code: a.joinCode },
    });
  });
});
