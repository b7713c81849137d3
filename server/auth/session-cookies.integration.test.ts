import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_READING_PREFERENCE } from '@/lib/reading-preferences';
import { createClass, getClass } from '../teacher/classes';
import { saveFamiliarity } from '../learner/familiarity';
import { getCurrentLessonState } from '../learner/lesson-state';
import { recordReadingProgress, saveReadingPreference } from '../learner/reading';
import { getLesson } from '../lessons';
import { clientAddress, isHttpsRequest } from './request-info';
import {
  clearLearnerCookie,
  currentLearnerId,
  currentLearnerToken,
  ensureLearnerId,
  queueOwnerOf,
  setLearnerCookie,
} from './learner-session';
import { currentStudent } from '../learner/current-student';
import { joinClass } from '../learner/students';
import {
  currentTeacher,
  currentTeacherToken,
  requireTeacher,
  setTeacherCookie,
  signOutTeacher,
} from './teacher-session';
import { TEACHER_SESSION_ABSOLUTE_MS } from './teacher-sessions';
import { hashToken, newToken } from './tokens';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('@/i18n/navigation', async () => (await import('../testing/next-request')).navigationMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

/** A teacher with one session; returns the session's token. */
async function teacherWithSession(createdAt = new Date()) {
  const email = `${unique('teacher')}@school.example`;
  const teacher = await database.prisma.teacher.create({
    data: { email, passwordHash: 'unused' },
    select: { id: true },
  });
  const token = newToken();
  await database.prisma.teacherSession.create({
    data: { teacherId: teacher.id, tokenHash: hashToken(token), createdAt, lastSeenAt: createdAt },
  });
  return { teacherId: teacher.id, email, token };
}

describe('request information', () => {
  it('reads the client address bucket and the HTTPS flag that serve.mjs sets, and nothing else', async () => {
    expect(await isHttpsRequest()).toBe(false);
    fakeRequest.headers.set('x-forwarded-proto', 'https'); // a client's own header proves nothing
    expect(await isHttpsRequest()).toBe(false);
    fakeRequest.headers.set('x-fuente-https', '1');
    expect(await isHttpsRequest()).toBe(true);

    expect(await clientAddress()).toBe('unknown');
    fakeRequest.headers.set('x-fuente-client-address', '203.0.113.7');
    expect(await clientAddress()).toBe('203.0.113.7');
  });
});

describe('the learner session cookie', () => {
  it('creates an anonymous learner on first use, in an HttpOnly cookie that brings the same learner back', async () => {
    expect(await currentLearnerId()).toBeNull();
    const learnerId = await ensureLearnerId();
    expect(await database.prisma.learner.count({ where: { id: learnerId } })).toBe(1);
    expect(fakeRequest.setCookies).toHaveLength(1);
    const [cookie] = fakeRequest.setCookies;
    // Plain HTTP outside production: no Secure flag, so no __Host- prefix either.
    expect(cookie).toMatchObject({
      name: 'fuente_session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: 180 * 24 * 60 * 60 },
    });

    expect(await currentLearnerId()).toBe(learnerId);
    expect(await currentLearnerToken()).toBe(cookie!.value);
    // A second visit finds the learner; it creates neither another learner nor another cookie.
    expect(await ensureLearnerId()).toBe(learnerId);
    expect(fakeRequest.setCookies).toHaveLength(1);
  });

  it('gives no session for a tampered, unknown or expired token', async () => {
    const learnerId = await ensureLearnerId();
    const token = fakeRequest.cookies.get('fuente_session')!;

    fakeRequest.cookies.set('fuente_session', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    expect(await currentLearnerId()).toBeNull();
    fakeRequest.cookies.set('fuente_session', 'not a token');
    expect(await currentLearnerId()).toBeNull();

    fakeRequest.cookies.set('fuente_session', token);
    expect(await currentLearnerId()).toBe(learnerId);
    const longAgo = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000);
    await database.prisma.learnerSession.updateMany({ where: { learnerId }, data: { createdAt: longAgo } });
    expect(await currentLearnerId()).toBeNull();
  });

  it('uses the __Host- name over HTTPS, still reads the old name, and sign-out removes both', async () => {
    const old = await ensureLearnerId();
    fakeRequest.headers.set('x-fuente-https', '1');
    const { learnerId, token } = await import('./learner-sessions').then((learners) =>
      learners.createAnonymousLearner(),
    );
    expect(await currentLearnerId()).toBe(old); // the plain-HTTP cookie still works after a move to HTTPS

    await setLearnerCookie(token);
    expect(fakeRequest.setCookies.at(-1)).toMatchObject({
      name: '__Host-fuente_session',
      value: token,
      options: { secure: true },
    });
    expect(await currentLearnerId()).toBe(learnerId); // the __Host- cookie wins

    await clearLearnerCookie();
    expect(fakeRequest.setCookies.slice(-2)).toEqual([
      {
        name: '__Host-fuente_session',
        value: '',
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true, maxAge: 0 },
      },
      {
        name: 'fuente_session',
        value: '',
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true, maxAge: 0 },
      },
    ]);
    expect(await currentLearnerId()).toBeNull();
  });

  it('names the unsent-answer queue after the learner, without revealing the learner id', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(queueOwnerOf(null)).toBe('visitor');
    expect(queueOwnerOf(id)).toMatch(/^[0-9a-f]{16}$/);
    expect(queueOwnerOf(id)).toBe(queueOwnerOf(id));
    expect(queueOwnerOf(id)).not.toBe(queueOwnerOf('00000000-0000-4000-8000-000000000002'));
  });
});

const lesson = getLesson('zero-tolerance')!;
const lessonState = () => getCurrentLessonState(lesson);

describe('the signed-in student', () => {
  it('is named with their class; a guest or a visitor is no student', async () => {
    expect(await currentStudent()).toBeNull();
    expect((await lessonState()).student).toBeNull();
    await ensureLearnerId();
    expect(await currentStudent()).toBeNull(); // a guest
    expect((await lessonState()).student).toBeNull();

    const { teacherId } = await teacherWithSession();
    const { id: classId } = await createClass(teacherId, 'Period 3', {
      feedbackMode: 'immediate',
      retakes: -1,
      defaultLocale: 'en',
      countedAttempt: 'latest',
    });
    const joined = await joinClass((await getClass(teacherId, classId))!.joinCode, 'Ana', unique('ip'));
    if (!joined.ok) throw new Error(joined.error);
    await setLearnerCookie(joined.token);
    const learnerId = await currentLearnerId();
    const student = { displayName: 'Ana', className: 'Period 3', queueOwner: queueOwnerOf(learnerId) };
    expect(await currentStudent()).toEqual(student);
    // The reading page's state names them the same way, in its single read.
    expect((await lessonState()).student).toEqual(student);
  });
});

describe('the teacher session cookie', () => {
  it('signs a teacher in for the session’s lifetime, and sign-out ends the session row too', async () => {
    const { teacherId, email, token } = await teacherWithSession();
    expect(await currentTeacher()).toBeNull();
    await setTeacherCookie(token);
    expect(fakeRequest.setCookies.at(-1)).toMatchObject({
      name: 'fuente_teacher',
      value: token,
      options: { httpOnly: true, maxAge: TEACHER_SESSION_ABSOLUTE_MS / 1000 },
    });
    expect(await currentTeacherToken()).toBe(token);
    expect(await currentTeacher()).toEqual({ teacherId, email });
    expect(await requireTeacher('en')).toEqual({ teacherId, email });

    await signOutTeacher();
    expect(fakeRequest.cookies.has('fuente_teacher')).toBe(false);
    expect(await database.prisma.teacherSession.count({ where: { teacherId } })).toBe(0);
    // The stolen token is of no use either once signed out.
    fakeRequest.cookies.set('fuente_teacher', token);
    expect(await currentTeacher()).toBeNull();
  });

  it('gives no teacher for an expired or a learner’s token, and sends them to sign in', async () => {
    const expired = await teacherWithSession(new Date(Date.now() - TEACHER_SESSION_ABSOLUTE_MS - 60_000));
    fakeRequest.cookies.set('fuente_teacher', expired.token);
    expect(await currentTeacher()).toBeNull();

    await ensureLearnerId();
    fakeRequest.cookies.set('fuente_teacher', fakeRequest.cookies.get('fuente_session')!);
    expect(await currentTeacher()).toBeNull();
    await expect(requireTeacher('es')).rejects.toThrow('NEXT_REDIRECT /es/teacher/signin');
  });

  it('signing out without a session only clears the cookie', async () => {
    await signOutTeacher();
    expect(fakeRequest.setCookies).toEqual([]);
  });
});

describe('what the reading page knows about the signed-in learner', () => {
  const readingAndFamiliarity = async () => {
    const { reading, familiarity } = await lessonState();
    return { reading, familiarity };
  };
  const nothing = { reading: { furthestParagraph: 0, preference: DEFAULT_READING_PREFERENCE }, familiarity: null };

  it('is nothing for a visitor, and the learner’s own progress, preferences and familiarity once signed in', async () => {
    expect(await readingAndFamiliarity()).toEqual(nothing);

    const learnerId = await ensureLearnerId();
    expect(await readingAndFamiliarity()).toEqual(nothing); // nothing saved yet
    await recordReadingProgress(learnerId, 'zero-tolerance', 4);
    await recordReadingProgress(learnerId, 'another-lesson', 9);
    await saveReadingPreference(learnerId, { textSize: 'large', lineSpacing: 'loose' });
    await saveFamiliarity(learnerId, 'zero-tolerance', 'some');
    await saveFamiliarity(learnerId, 'another-lesson', 'lots');
    expect(await readingAndFamiliarity()).toEqual({
      reading: { furthestParagraph: 4, preference: { textSize: 'large', lineSpacing: 'loose' } },
      familiarity: 'some',
    });
    await saveFamiliarity(learnerId, 'zero-tolerance', 'new');
    expect((await lessonState()).familiarity).toBe('new');

    fakeRequest.reset(); // another browser sees none of it
    expect(await readingAndFamiliarity()).toEqual(nothing);
  });

  it('is nothing once the session has ended, and a malformed cookie reads nothing', async () => {
    const learnerId = await ensureLearnerId();
    await recordReadingProgress(learnerId, 'zero-tolerance', 3);
    const token = (await currentLearnerToken())!;
    await database.prisma.learnerSession.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { lastSeenAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000) },
    });
    expect(await readingAndFamiliarity()).toEqual(nothing);
    expect(await database.prisma.learnerSession.count({ where: { tokenHash: hashToken(token) } })).toBe(0);

    fakeRequest.reset();
    fakeRequest.cookies.set('fuente_session', 'not a token');
    expect(await readingAndFamiliarity()).toEqual(nothing);
  });
});
