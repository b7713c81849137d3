import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getOrStartAttempt, saveAnswer } from '../quiz/attempts';
import { createClass, getClass } from './classes';
import { exportRoute } from './export-route';
import { getLesson } from '../lessons';
import { findLearnerIdByToken } from '../auth/learner-sessions';
import { joinClass } from '../learner/students';
import { hashToken, newToken } from '../auth/tokens';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.mock('@/i18n/navigation', async () => (await import('../testing/next-request')).navigationMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const lesson = getLesson('zero-tolerance')!;
const students = exportRoute('students');
const answers = exportRoute('answers');

/** A teacher signed in in the fake browser, with a class where Ana answered one question. */
async function signedInTeacherWithClass() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
    select: { id: true },
  });
  const token = newToken();
  await database.prisma.teacherSession.create({ data: { teacherId: teacher.id, tokenHash: hashToken(token) } });
  fakeRequest.cookies.set('fuente_teacher', token);
  const { id: classId } = await createClass(teacher.id, 'Period 4', {
    feedbackMode: 'immediate',
    retakes: -1,
    defaultLocale: 'en',
    countedAttempt: 'latest',
  });
  const joined = await joinClass((await getClass(teacher.id, classId))!.joinCode, 'Ana', randomUUID());
  if (!joined.ok) throw new Error(joined.error);
  const learnerId = (await findLearnerIdByToken(joined.token))!;
  const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension', 'es');
  const saved = await saveAnswer(lesson, {
    learnerId,
    attemptId: attempt.id,
    itemId: 'c-midterms',
    response: { value: true },
    saveId: randomUUID(),
    seq: 1,
    check: true,
  });
  expect(saved.status).toBe('saved');
  return { teacherId: teacher.id, classId };
}

const get = (handler: typeof students, locale: string, classId: string, slug = lesson.slug) =>
  handler(new Request(`http://school.example/${locale}/teacher/classes/${classId}/lessons/${slug}/export`), {
    params: Promise.resolve({ locale, classId, slug }),
  });

describe('the class CSV downloads', () => {
  it('give times in the time zone the browser named, with the offset, and UTC for a zone that is not one', async () => {
    const { classId } = await signedInTeacherWithClass();
    const joinedColumn = async () => {
      const [header, ...rows] = parse(await (await get(students, 'en', classId)).text(), { bom: true }) as string[][];
      const column = header!.findIndex((name) => name.startsWith('Joined'));
      return [header![column], rows[0]![column]];
    };
    fakeRequest.cookies.set('fuente_tz', 'Asia/Kolkata');
    const [header, joined] = await joinedColumn();
    expect(header).toBe('Joined (Asia/Kolkata)');
    expect(joined).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+05:30$/);
    fakeRequest.cookies.set('fuente_tz', 'Mars/Olympus_Mons');
    expect(await joinedColumn()).toEqual(['Joined (UTC)', expect.stringMatching(/ \+00:00$/)]);
  });

  it('send the signed-in teacher their class’s students as a private CSV attachment', async () => {
    const { classId } = await signedInTeacherWithClass();
    const response = await get(students, 'en', classId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="fuente-period-4-students-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
    expect(header![0]).toBe('Student');
    expect(rows.map((row) => row[0])).toEqual(['Ana']);
  });

  it('send every answer in the language of the page', async () => {
    const { classId } = await signedInTeacherWithClass();
    const response = await get(answers, 'es', classId);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="fuente-period-4-answers-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
    expect(header).toHaveLength(16);
    // The written answers' columns, empty for a choice item, the answer's version (1 until a revision), and the
    // supports on when it was saved (none beyond the glossary every answer has, for a student without a profile).
    expect(header!.slice(11)).toEqual([
      'Oraciones elegidas',
      'Nivel de la rúbrica',
      'Comentario del docente',
      'Versión',
      'Apoyos activados',
    ]);
    expect(rows[0]!.slice(11)).toEqual(['', '', '', '1', '']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 8)).toEqual([
      'Ana',
      lesson.quizzes[0]!.title.es,
      '1',
      'sí',
      '12',
      'c-midterms',
      'Verdadero',
      'sí',
    ]);
  });

  it('send a signed-out visitor to sign in, in the page’s language', async () => {
    const { classId } = await signedInTeacherWithClass();
    fakeRequest.cookies.clear();
    const response = await get(students, 'es', classId);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/es/teacher/signin');
  });

  it('are not found for another teacher’s class, a malformed id, an unknown lesson or an unknown language', async () => {
    const { classId } = await signedInTeacherWithClass();
    expect((await get(students, 'en', classId)).status).toBe(200);
    expect((await get(students, 'en', classId, 'no-such-lesson')).status).toBe(404);
    expect((await get(answers, 'en', classId, '..')).status).toBe(404);
    expect((await get(students, 'fr', classId)).status).toBe(404);
    expect((await get(students, 'en', 'not-a-uuid')).status).toBe(404);
    expect((await get(answers, 'en', randomUUID())).status).toBe(404);

    await signedInTeacherWithClass(); // now signed in as someone else
    for (const handler of [students, answers]) {
      const response = await get(handler, 'en', classId);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
    }
  });
});
