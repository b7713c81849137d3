import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  formAction,
  formValues,
  learnerAction,
  learnerCall,
  learnerPostAction,
  PROBLEM_PAGE,
  teacherAction,
} from './action-kit';
import { setTeacherCookie } from './auth/teacher-session';
import { hashToken, newToken } from './auth/tokens';
import { fakeRequest } from './testing/next-request';
import { setUpAppTestDatabase } from './testing/setup-database';
import en from '@/messages/en.json';
import es from '@/messages/es.json';

vi.mock('next/headers', async () => (await import('./testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('./testing/next-request')).nextIntlServerMock);
vi.mock('@/i18n/navigation', async () => (await import('./testing/next-request')).navigationMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => {
  fakeRequest.reset();
  vi.restoreAllMocks();
});

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return data;
};
const learnerCount = () => database.prisma.learner.count();

const NameSchema = z.object({ name: z.string().min(2), code: z.string().length(6) });

describe('formValues', () => {
  it('takes the first value of each field and treats an empty field as missing', () => {
    expect(formValues(form({ name: ['Ana', 'Bea'], code: '', other: 'x' }))).toEqual({ name: 'Ana', other: 'x' });
  });

  it('takes every non-empty value of a list field, and an empty list when none was sent', () => {
    const values = formValues(form({ counted: ['comprehension', '', 'attribution'], other: 'x' }), ['counted', 'none']);
    expect(values).toEqual({ counted: ['comprehension', 'attribution'], none: [], other: 'x' });
  });
});

describe('formAction', () => {
  const handler = vi.fn(async ({ name }: { name: string }) => ({ status: 'ok' as const, message: `hello ${name}` }));
  const action = formAction(
    { schema: NameSchema, fieldMessages: { code: 'Join.unknownCode' }, invalidMessage: 'Resume.invalid' },
    handler,
  );

  it('hands valid input to the handler and returns its result', async () => {
    expect(await action({ status: 'idle' }, form({ name: 'Ana', code: 'HK4M9P' }))).toEqual({
      status: 'ok',
      message: 'hello Ana',
    });
  });

  it('refuses invalid input in the request language, with messages only on the fields it names', async () => {
    handler.mockClear();
    fakeRequest.locale = 'es';
    expect(await action({ status: 'idle' }, form({ name: 'A', code: '123' }))).toEqual({
      status: 'error',
      message: es.Resume.invalid,
      fieldErrors: { code: es.Join.unknownCode },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('gives back what was typed in the fields it keeps when it refuses, whoever refused', async () => {
    const keeping = formAction({ schema: NameSchema, keep: ['name', 'code'] }, async ({ name }, { fail }) =>
      name === 'Bea' ? fail('Join.unknownCode') : { status: 'ok', message: name },
    );
    expect(await keeping({ status: 'idle' }, form({ name: 'Ana', code: '12', password: 'secret' }))).toMatchObject({
      status: 'error',
      values: { name: 'Ana', code: '12' },
    });
    expect(await keeping({ status: 'idle' }, form({ name: 'Bea', code: 'HK4M9P' }))).toEqual({
      status: 'error',
      message: en.Join.unknownCode,
      fieldErrors: {},
      values: { name: 'Bea', code: 'HK4M9P' },
    });
    expect(await keeping({ status: 'idle' }, form({ name: 'Cleo', code: 'HK4M9P' }))).toEqual({
      status: 'ok',
      message: 'Cleo',
    });
    // A forged field cannot make the answer larger than any form's field may be.
    const long = await keeping({ status: 'idle' }, form({ name: 'x'.repeat(30_000), code: '1' }));
    expect(long.status === 'error' && long.values?.name?.length).toBe(20_000);
  });

  it('reads a forged argument that is not a form as an empty form', async () => {
    const defaults = formAction({ schema: NameSchema }, handler);
    expect(await defaults({ status: 'idle' }, 'not a form' as unknown as FormData)).toEqual({
      status: 'error',
      message: en.Forms.fixErrors,
      fieldErrors: {},
    });
  });

  it('turns a crash into the translated server message, and lets a redirect through', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const crashing = formAction({ schema: z.object({}) }, async () => {
      throw new Error('database down');
    });
    expect(await crashing({ status: 'idle' }, form({}))).toEqual({
      status: 'error',
      message: en.Forms.server,
      fieldErrors: {},
    });
    const redirecting = formAction({ schema: z.object({}) }, async (_input, { redirectTo }) =>
      redirectTo({ pathname: '/teacher/signin', query: { notice: 'signed-up' } }),
    );
    await expect(redirecting({ status: 'idle' }, form({}))).rejects.toThrow(
      'NEXT_REDIRECT /en/teacher/signin?notice=signed-up',
    );
  });
});

describe('teacherAction', () => {
  const action = teacherAction({ schema: NameSchema }, async (_input, { teacherId }) => ({
    status: 'ok',
    message: teacherId,
  }));

  it('sends a visitor without a teacher session to sign-in, whatever they sent', async () => {
    await expect(action({ status: 'idle' }, form({}))).rejects.toThrow('NEXT_REDIRECT /en/teacher/signin');
    fakeRequest.locale = 'es';
    await expect(action({ status: 'idle' }, form({ name: 'Ana', code: 'HK4M9P' }))).rejects.toThrow(
      'NEXT_REDIRECT /es/teacher/signin',
    );
  });

  it("hands the handler the signed-in teacher's id", async () => {
    const teacher = await database.prisma.teacher.create({
      data: { email: `kit-${Date.now()}@school.example`, passwordHash: 'unused' },
      select: { id: true },
    });
    const token = newToken();
    await database.prisma.teacherSession.create({ data: { teacherId: teacher.id, tokenHash: hashToken(token) } });
    await setTeacherCookie(token);
    expect(await action({ status: 'idle' }, form({ name: 'Ana', code: 'HK4M9P' }))).toEqual({
      status: 'ok',
      message: teacher.id,
    });
  });
});

describe('learner actions', () => {
  it('create a learner only for valid input, and hand its id to the handler', async () => {
    const action = learnerAction({ schema: NameSchema }, async (_input, { learnerId }) => ({
      status: 'ok',
      message: learnerId,
    }));
    const before = await learnerCount();
    expect((await action({ status: 'idle' }, form({ name: 'A' }))).status).toBe('error');
    expect(await learnerCount()).toBe(before);
    expect(fakeRequest.setCookies).toEqual([]);

    const result = await action({ status: 'idle' }, form({ name: 'Ana', code: 'HK4M9P' }));
    expect(await learnerCount()).toBe(before + 1);
    const learner = await database.prisma.learner.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(result).toEqual({ status: 'ok', message: learner.id });
  });

  it('send a forged post form to its invalid address without creating a learner', async () => {
    const handler = vi.fn(async () => {});
    const post = learnerPostAction({ schema: NameSchema, invalidHref: '/' }, handler);
    const before = await learnerCount();
    await expect(post(form({ name: 'Ana' }))).rejects.toThrow('NEXT_REDIRECT /en/');
    expect(handler).not.toHaveBeenCalled();
    expect(await learnerCount()).toBe(before);
  });

  it('send a post whose handler crashes to the translated problem page, and let its own redirect through', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const crashing = learnerPostAction({ schema: NameSchema, invalidHref: '/' }, async () => {
      throw new Error('database down');
    });
    await expect(crashing(form({ name: 'Ana', code: 'HK4M9P' }))).rejects.toThrow(`NEXT_REDIRECT /en${PROBLEM_PAGE}`);
    const redirecting = learnerPostAction({ schema: NameSchema, invalidHref: '/' }, async (_input, { redirectTo }) =>
      redirectTo('/lessons/zero-tolerance'),
    );
    await expect(redirecting(form({ name: 'Ana', code: 'HK4M9P' }))).rejects.toThrow(
      'NEXT_REDIRECT /en/lessons/zero-tolerance',
    );
  });

  it('answer a call with invalid input or a crash by a code the caller can act on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const call = learnerCall(
      { schema: NameSchema, invalidMessage: 'Quiz.errors.invalid', serverMessage: 'Quiz.errors.server' },
      async ({ name }) => {
        if (name === 'crash') throw new Error('database down');
        return { status: 'ok', message: name };
      },
    );
    fakeRequest.locale = 'es';
    expect(await call({ name: 'A', code: 'HK4M9P' })).toMatchObject({
      status: 'error',
      code: 'invalid',
      message: es.Quiz.errors.invalid,
    });
    expect(await call({ name: 'crash', code: 'HK4M9P' })).toMatchObject({
      status: 'error',
      code: 'server',
      message: es.Quiz.errors.server,
    });
    expect(await call({ name: 'Ana', code: 'HK4M9P' })).toEqual({ status: 'ok', message: 'Ana' });
  });
});
