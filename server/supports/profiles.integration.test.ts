import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import en from '@/messages/en.json';
import { getLesson } from '../lessons';
import { saveAnswer } from '../quiz/attempts';
import { classCsv } from '../teacher/class-exports';
import { countQuizAnswers } from '../teacher/quiz-counts';
import { getStudentAnswers } from '../teacher/student-answers';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { exportPnp } from '@/lib/supports/pnp';
import { DEFAULT_SUPPORT_PROFILE } from '@/lib/supports/profile';
import {
  chooseSupports,
  editSupportProfiles,
  importStudentSupports,
  readClassSupports,
  studentSupportsOf,
} from './profiles';

// The CSV export translates its headers with next-intl: the real messages, looked up (server/testing/next-request.ts).
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);

const database = setUpAppTestDatabase();
const lesson = getLesson('zero-tolerance')!;
const labels = {
  true: 'True',
  false: 'False',
  kinds: { quote: 'Quote', paraphrase: 'Paraphrase', reporter: 'Reporter' },
};
const names = en.Supports.names;

async function classWith(...students: string[]) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 3', joinCode: randomUUID().slice(0, 6) },
  });
  const ids: Record<string, string> = {};
  for (const displayName of students) {
    const learner = await database.prisma.learner.create({
      data: { classId: klass.id, displayName, joinedAt: new Date() },
    });
    ids[displayName] = learner.id;
  }
  return { teacherId: teacher.id, classId: klass.id, ids };
}

/** Saves `learnerId`'s answer to one comprehension item, in a new attempt unless they have one. */
async function answer(learnerId: string, itemId: string, response: unknown, check = false) {
  const attempt =
    (await database.prisma.quizAttempt.findFirst({ where: { learnerId, quizId: 'comprehension' } })) ??
    (await database.prisma.quizAttempt.create({
      data: { learnerId, lessonSlug: lesson.slug, quizId: 'comprehension', number: 1, locale: 'en' },
    }));
  const saved = await saveAnswer(lesson, {
    learnerId,
    attemptId: attempt.id,
    itemId,
    response,
    saveId: randomUUID(),
    seq: 1,
    check,
  });
  expect(saved.status).toBe('saved');
  return attempt.id;
}

const stored = async (attemptId: string, itemId: string) =>
  (await database.prisma.quizAnswer.findUniqueOrThrow({ where: { attemptId_itemId: { attemptId, itemId } } }))
    .supportsOn;

describe('support profiles', () => {
  it('are edited for the students named, all or none, and only in the teacher’s own class', async () => {
    const { teacherId, classId, ids } = await classWith('Ana', 'Ben');
    const other = await classWith('Zoe');
    const edit = {
      readAloud: { policy: 'on' as const },
      quizLanguage: { policy: 'on' as const, language: 'es' as const },
    };

    expect(await editSupportProfiles(teacherId, classId, [ids.Ana!], edit)).toEqual({ status: 'ok', changed: 1 });
    const { profile: ana } = await studentSupportsOf(ids.Ana!);
    // Extended dates are kept beside the profile as days, for the queries of the window and of lateness.
    await editSupportProfiles(teacherId, classId, [ids.Ana!], { extendedDates: { policy: 'on', days: 3 } });
    const days = async () =>
      (await database.prisma.learner.findUniqueOrThrow({ where: { id: ids.Ana! } })).extendedDays;
    expect(await days()).toBe(3);
    await editSupportProfiles(teacherId, classId, [ids.Ana!], { extendedDates: { policy: 'off' } });
    expect(await days()).toBe(0);
    expect(ana.readAloud).toEqual({ policy: 'on', ratePercent: 100 });
    expect(ana.quizLanguage).toEqual({ policy: 'on', language: 'es' });
    expect((await database.prisma.learner.findUniqueOrThrow({ where: { id: ids.Ben! } })).supportProfile).toBeNull();

    // Another teacher, a student of another class among those named, and an edit no profile can take change no one.
    const before = await database.prisma.learner.findMany({ orderBy: { id: 'asc' } });
    expect(await editSupportProfiles(other.teacherId, classId, [ids.Ben!], edit)).toEqual({ status: 'not-found' });
    expect(await editSupportProfiles(teacherId, classId, [ids.Ben!, other.ids.Zoe!], edit)).toEqual({
      status: 'not-found',
    });
    const tooFast = { readAloud: { ratePercent: 7 } };
    expect((await editSupportProfiles(teacherId, classId, 'class', tooFast)).status).toBe('invalid');
    expect(await database.prisma.learner.findMany({ orderBy: { id: 'asc' } })).toEqual(before);

    // The whole class at once; each keeps what the edit does not name.
    const lineFocus = { lineFocus: { policy: 'on' as const } };
    expect(await editSupportProfiles(teacherId, classId, 'class', lineFocus)).toEqual({ status: 'ok', changed: 2 });
    const { students } = (await readClassSupports(teacherId, classId))!;
    expect(students.map((student) => [student.displayName, student.profile.lineFocus.policy, student.custom])).toEqual([
      ['Ana', 'on', true],
      ['Ben', 'on', true],
    ]);
    expect(students[0]!.profile.quizLanguage.language).toBe('es');
    expect(await readClassSupports(other.teacherId, classId)).toBeNull();
  });

  it('record the supports on with each answer; a later change of profile rewrites none of them', async () => {
    const { teacherId, classId, ids } = await classWith('Ana', 'Ben');
    const edit = {
      readAloud: { policy: 'on' as const },
      quizLanguage: { policy: 'on' as const, language: 'es' as const },
    };
    await editSupportProfiles(teacherId, classId, [ids.Ana!], edit);

    const anaAttempt = await answer(ids.Ana!, 'c-countries', { optionId: 'mexico-cuba-venezuela' });
    const benAttempt = await answer(ids.Ben!, 'c-countries', { optionId: 'mexico-cuba-venezuela' });
    expect(await stored(anaAttempt, 'c-countries')).toEqual(['glossary', 'quizLanguage', 'readAloud']);
    expect(await stored(benAttempt, 'c-countries')).toEqual(['glossary']);

    // Read-aloud off from now on: the answer already saved keeps what was on; the next one records the change.
    await editSupportProfiles(teacherId, classId, [ids.Ana!], { readAloud: { policy: 'off' } });
    expect(await stored(anaAttempt, 'c-countries')).toEqual(['glossary', 'quizLanguage', 'readAloud']);
    const later = lesson.quizzes[0]!.items.find((item) => item.type === 'truefalse')!;
    await answer(ids.Ana!, later.id, { value: true });
    expect(await stored(anaAttempt, later.id)).toEqual(['glossary', 'quizLanguage']);

    // The drill-down and the CSV say it, leaving out the glossary every answer has.
    const drill = (await getStudentAnswers(teacherId, classId, ids.Ana!, lesson, 'en', labels))!;
    const supportsOf = (itemId: string) => drill.attempts[0]!.answers.find((one) => one.itemId === itemId)!.supports;
    expect(supportsOf('c-countries')).toEqual(['readAloud', 'quizLanguage']);
    expect(supportsOf(later.id)).toEqual(['quizLanguage']);

    const csv = parse((await classCsv('answers', teacherId, classId, lesson, 'en'))!.replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
    const column = (name: string, itemId: string) =>
      csv.find((row) => row[en.ClassExport.student] === name && row[en.ClassExport.itemId] === itemId)![
        en.ClassExport.supports
      ];
    expect(column('Ana', 'c-countries')).toBe(`${names.readAloud} | ${names.quizLanguage}`);
    expect(column('Ana', later.id)).toBe(names.quizLanguage);
    expect(column('Ben', 'c-countries')).toBe('');
  });

  it('record what a student turned on of what their profile offers, and keep it through the teacher’s edits', async () => {
    const { teacherId, classId, ids } = await classWith('Ana', 'Ben');
    // Ben has the default profile, which offers read-aloud; he turns it on, and asks for a font it does not offer.
    expect(await chooseSupports(ids.Ben!, ['readAloud', 'font', 'glossary'])).toMatchObject({ chosen: ['readAloud'] });
    // The same choice again writes nothing.
    const updatedAt = async () =>
      (await database.prisma.learner.findUniqueOrThrow({ where: { id: ids.Ben! } })).updatedAt;
    const before = await updatedAt();
    await chooseSupports(ids.Ben!, ['readAloud']);
    expect(await updatedAt()).toEqual(before);
    const attempt = await answer(ids.Ben!, 'c-countries', { optionId: 'mexico-cuba-venezuela' });
    expect(await stored(attempt, 'c-countries')).toEqual(['glossary', 'readAloud']);

    // His teacher offers the readable font and turns off read-aloud: the font is his to choose, read-aloud is gone.
    await editSupportProfiles(teacherId, classId, [ids.Ben!], {
      font: { policy: 'offered', face: 'readable' },
      readAloud: { policy: 'off' },
    });
    const later = lesson.quizzes[0]!.items.find((item) => item.type === 'truefalse')!;
    await answer(ids.Ben!, later.id, { value: true });
    expect(await stored(attempt, later.id)).toEqual(['glossary']);
    await chooseSupports(ids.Ben!, ['font']);
    const third = lesson.quizzes[0]!.items.find((item) => item.type === 'single' && item.id !== 'c-countries')!;
    await answer(ids.Ben!, third.id, { optionId: (third as { options: { id: string }[] }).options[0]!.id });
    expect(await stored(attempt, third.id)).toEqual(['font', 'glossary']);
    // Offered again, read-aloud counts again only once he chooses it: his choice is now the font alone.
    await editSupportProfiles(teacherId, classId, [ids.Ben!], { readAloud: { policy: 'offered' } });
    expect((await studentSupportsOf(ids.Ben!)).chosen).toEqual(['font']);
    // Ana never chose anything: her answers record what they did before.
    const anaAttempt = await answer(ids.Ana!, 'c-countries', { optionId: 'mexico-cuba-venezuela' });
    expect(await stored(anaAttempt, 'c-countries')).toEqual(['glossary']);
  });

  it('filter the item analysis: answers given with supports on, without, or all', async () => {
    const { teacherId, classId, ids } = await classWith('Ana', 'Ben');
    await editSupportProfiles(teacherId, classId, [ids.Ana!], { answerMasking: { policy: 'on' } });
    // Ana, with answer masking on, gets it right; Ben, with the defaults, does not.
    await answer(ids.Ana!, 'c-countries', { optionId: 'guatemala-honduras-el-salvador' }, true);
    await answer(ids.Ben!, 'c-countries', { optionId: 'mexico-cuba-venezuela' }, true);
    const totals = async (supports: 'all' | 'with' | 'without') => {
      const filter = { language: 'all' as const, supports };
      const { items } = await countQuizAnswers(teacherId, classId, lesson.slug, 'comprehension', filter);
      const item = items.find((one) => one.itemId === 'c-countries');
      return [item?.answered ?? 0, item?.correct ?? 0];
    };
    expect(await totals('all')).toEqual([2, 1]);
    expect(await totals('with')).toEqual([1, 1]);
    expect(await totals('without')).toEqual([1, 0]);
  });
});

describe('PNP files', () => {
  it('import as one student’s whole profile, report what Fuente does not take, and change nothing when refused', async () => {
    const { teacherId, classId, ids } = await classWith('Ana', 'Ben');
    const other = await classWith('Zoe');
    const profile = { ...DEFAULT_SUPPORT_PROFILE, lineFocus: { policy: 'on' as const } };
    // A file from another system: Fuente's own export with a calculator it has no support for.
    const file = exportPnp(profile).replace('<prohibit-set>', '<prohibit-set><calculator-on-screen/>');
    expect(await importStudentSupports(teacherId, classId, ids.Ana!, file)).toEqual({
      status: 'ok',
      unsupported: ['prohibit-set/calculator-on-screen'],
    });
    expect((await studentSupportsOf(ids.Ana!)).profile).toEqual(profile);

    const before = await database.prisma.learner.findMany({ orderBy: { id: 'asc' } });
    expect(await importStudentSupports(teacherId, classId, ids.Ben!, '<not-closed>')).toEqual({
      status: 'refused',
      reason: 'malformed',
    });
    expect(await importStudentSupports(other.teacherId, classId, ids.Ben!, file)).toEqual({ status: 'not-found' });
    expect(await importStudentSupports(teacherId, classId, other.ids.Zoe!, file)).toEqual({ status: 'not-found' });
    expect(await database.prisma.learner.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('leave a student without a profile as they are when a form changes nothing', async () => {
    const { teacherId, classId, ids } = await classWith('Ana');
    expect(await editSupportProfiles(teacherId, classId, 'class', {})).toEqual({ status: 'ok', changed: 1 });
    expect((await database.prisma.learner.findUniqueOrThrow({ where: { id: ids.Ana! } })).supportProfile).toBeNull();
  });
});
