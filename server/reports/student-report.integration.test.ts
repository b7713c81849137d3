import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuizId } from '@/content/quiz-schema';
import { getLesson } from '../lessons';
import { getOrStartAttempt, saveAnswer, startRetake, submitAttempt } from '../quiz/attempts';
import { createClass } from '../teacher/classes';
import { returnWrittenScores } from '../teacher/written-return';
import { scoreWrittenAnswer } from '../teacher/written-scores';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { teacherStudentReport } from './student-report';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const lesson = getLesson('zero-tolerance')!;
const attribution = lesson.quizzes.find((quiz) => quiz.id === 'attribution')!;
const misconception = (id: string) => lesson.misconceptions.find((entry) => entry.id === id)!;

async function teacher() {
  const row = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
    select: { id: true },
  });
  return row.id;
}

async function answerAll(learnerId: string, attemptId: string, answers: Record<string, unknown>) {
  for (const [index, [itemId, response]] of Object.entries(answers).entries()) {
    const check = !itemId.includes('written');
    const saved = await saveAnswer(lesson, {
      learnerId,
      attemptId,
      itemId,
      response,
      saveId: randomUUID(),
      seq: index + 1,
      check,
    });
    expect(saved.status, itemId).toBe('saved');
  }
  expect((await submitAttempt(lesson, learnerId, attemptId)).status).toBe('submitted');
}

let teacherId: string;
let classId: string;
let learnerId: string;
let secondAttempt: string;

// Ana, in an English class that counts the latest attempt: a first attribution attempt in English with one mix-up
// of the spokespeople, then a retake in Spanish with two OHCHR/UNHCR mix-ups and one of the spokespeople, a
// classification item all right, and a written answer.
beforeAll(async () => {
  teacherId = await teacher();
  ({ id: classId } = await createClass(teacherId, 'Period 2', {
    feedbackMode: 'immediate',
    retakes: -1,
    defaultLocale: 'en',
    countedAttempt: 'latest',
  }));
  ({ id: learnerId } = await database.prisma.learner.create({
    data: { classId, displayName: 'Ana', joinedAt: new Date() },
    select: { id: true },
  }));
  const first = await getOrStartAttempt(learnerId, lesson.slug, 'attribution', 'en');
  await answerAll(learnerId, first.id, { 'a-who-told-voa': { optionId: 'spindler' } });
  const retake = (await startRetake(learnerId, lesson.slug, 'attribution' satisfies QuizId, 'es'))!;
  secondAttempt = retake.id;
  await answerAll(learnerId, retake.id, {
    'a-who-told-voa': { optionId: 'shamdasani' },
    'a-who-sacrosanct': { optionId: 'spindler' },
    'a-unhcr-mislabel': { optionId: 'unhcr' },
    'a-match-claims-detention': {
      rows: {
        deterrent: { speaker: 'william-spindler' },
        asylum: { speaker: 'william-spindler' },
        congress: { speaker: 'jeff-sessions' },
      },
    },
    'a-people-organizations': {
      rows: {
        shamdasani: { organization: 'unhcr' },
        spindler: { organization: 'unhcr' },
        sessions: { organization: 'us-doj' },
      },
    },
    'a-classify-voices-2': {
      rows: { condemned: 'paraphrase', 'effectively-detained': 'quote', absolve: 'paraphrase', separated: 'quote' },
    },
    'a-written-reporter-claim': { text: 'El periodista lo dice sin fuente.', evidence: ['p10s3'], language: 'es' },
  });
});

describe('a student’s report', () => {
  it('is in the language of the counted attempt, with its score, strengths, mix-ups and next steps', async () => {
    const report = (await teacherStudentReport(teacherId, classId, learnerId, lesson))!;
    const stored = await database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: secondAttempt } });
    expect(report).toMatchObject({
      displayName: 'Ana',
      language: 'es',
      lessonTitle: lesson.meta.title.es,
      countedAttempt: 'latest',
      quizzes: [
        {
          id: 'comprehension',
          title: lesson.quizzes[0]!.title.es,
          status: 'not-started',
          percent: null,
          late: false,
        },
        {
          id: 'attribution',
          title: attribution.title.es,
          status: 'submitted',
          percent: Math.round((100 * stored.pointsEarned!) / stored.pointsPossible!),
          late: false,
        },
      ],
      // Two of three single-choice answers right is not yet a strength; the classification item, all right, is.
      strengths: [{ skill: 'kinds', right: 1, answered: 1 }],
      mixUps: [
        { id: 'confuses-ohchr-unhcr', label: misconception('confuses-ohchr-unhcr').label.es, times: 2 },
        { id: 'mixes-up-spokespeople', label: misconception('mixes-up-spokespeople').label.es, times: 1 },
      ],
      nextSteps: [
        misconception('confuses-ohchr-unhcr').nextStep.es,
        misconception('mixes-up-spokespeople').nextStep.es,
      ],
      // Not scored yet: nothing written is in the report.
      written: [],
    });
  });

  it('shows a written level and comment only once the teacher has returned it', async () => {
    const score = { attemptId: secondAttempt, itemId: 'a-written-reporter-claim', level: 3, comment: '¡Bien visto!' };
    expect(await scoreWrittenAnswer(teacherId, classId, lesson, attribution, score)).toEqual({ studentName: 'Ana' });
    expect((await teacherStudentReport(teacherId, classId, learnerId, lesson))!.written).toEqual([]);
    expect(await returnWrittenScores(teacherId, classId, lesson, attribution)).toBe(1);
    const item = attribution.items.find((candidate) => candidate.id === 'a-written-reporter-claim')!;
    if (item.type !== 'written') throw new Error('a written item');
    expect((await teacherStudentReport(teacherId, classId, learnerId, lesson))!.written).toEqual([
      {
        quizTitle: attribution.title.es,
        position: attribution.items.indexOf(item) + 1,
        prompt: item.prompt.es,
        level: 3,
        of: 4,
        label: item.rubric[2]!.label.es,
        comment: '¡Bien visto!',
      },
    ]);
  });

  it('follows the class’s rule: counting the first attempt, it is that English attempt’s report', async () => {
    await database.prisma.class.update({ where: { id: classId }, data: { countedAttempt: 'first' } });
    const report = (await teacherStudentReport(teacherId, classId, learnerId, lesson))!;
    expect(report).toMatchObject({
      language: 'en',
      countedAttempt: 'first',
      strengths: [],
      mixUps: [{ id: 'mixes-up-spokespeople', label: misconception('mixes-up-spokespeople').label.en, times: 1 }],
      nextSteps: [misconception('mixes-up-spokespeople').nextStep.en],
    });
    await database.prisma.class.update({ where: { id: classId }, data: { countedAttempt: 'latest' } });
  });

  it('is nobody’s but the class’s teacher’s: another teacher, another class or a guest get nothing', async () => {
    expect(await teacherStudentReport(await teacher(), classId, learnerId, lesson)).toBeNull();
    const { id: otherClass } = await createClass(teacherId, 'Period 3', {
      feedbackMode: 'immediate',
      retakes: 0,
      defaultLocale: 'es',
      countedAttempt: 'first',
    });
    expect(await teacherStudentReport(teacherId, otherClass, learnerId, lesson)).toBeNull();
    expect(await teacherStudentReport(teacherId, classId, randomUUID(), lesson)).toBeNull();
    expect(await teacherStudentReport(teacherId, 'not-a-uuid', learnerId, lesson)).toBeNull();
  });

  it('lists the five most frequent mix-ups at most, so that the report stays one page', async () => {
    const { id: many } = await database.prisma.learner.create({
      data: { classId, displayName: 'Eva', joinedAt: new Date() },
      select: { id: true },
    });
    const attempt = await getOrStartAttempt(many, lesson.slug, 'attribution', 'en');
    // Six different mix-ups, the source-as-reporter one twice.
    await answerAll(many, attempt.id, {
      'a-who-told-voa': { optionId: 'spindler' },
      'a-unhcr-mislabel': { optionId: 'doj' },
      'a-two-un-bodies': { optionId: 'trump' },
      'a-evidence-not-detained': { sentenceId: 'p3s1' },
      'a-debate-no-source': { value: false },
      'a-protection-source': { value: true },
      'a-who-sacrosanct': { optionId: 'no-source' },
    });
    const report = (await teacherStudentReport(teacherId, classId, many, lesson))!;
    expect(report.mixUps).toHaveLength(5);
    expect(report.mixUps[0]).toEqual({
      id: 'source-as-reporter',
      label: misconception('source-as-reporter').label.en,
      times: 2,
    });
    expect(report.nextSteps).toHaveLength(3);
  });

  it('falls back to the class’s language for a student who has done nothing yet', async () => {
    const { id: quiet } = await database.prisma.learner.create({
      data: { classId, displayName: 'Leo', joinedAt: new Date() },
      select: { id: true },
    });
    await database.prisma.class.update({ where: { id: classId }, data: { defaultLocale: 'es' } });
    expect(await teacherStudentReport(teacherId, classId, quiet, lesson)).toMatchObject({
      language: 'es',
      quizzes: [{ status: 'not-started' }, { status: 'not-started' }],
      strengths: [],
      mixUps: [],
      nextSteps: [],
      written: [],
    });
  });
});
