import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import type { CountedAttempt } from '@/lib/counted-attempt';
import en from '@/messages/en.json';
import { classCsv } from './class-exports';
import { getClassOverview } from './dashboard';
import { getItemAnalysis } from './item-analysis';
import { getLesson } from '../lessons';
import { getStudentAnswers } from './student-answers';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { EVERY_ANSWER } from '@/lib/dashboard/analysed-items';

// The CSV export translates its headers with next-intl: the real messages, looked up (server/testing/next-request.ts).
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);

const database = setUpAppTestDatabase();

const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const labels = {
  true: 'True',
  false: 'False',
  kinds: { quote: 'Quote', paraphrase: 'Paraphrase', reporter: 'Reporter' },
};
const overviewLesson = { slug: lesson.slug, paragraphCount: 10, quizIds: ['comprehension', 'attribution'] as const };

/** One attempt at the comprehension quiz: `earned` of 12 when submitted (null: in progress), and its answer to c-countries. */
type Try = { earned: number | null; countries: string; practice?: boolean };

const RIGHT = 'guatemala-honduras-el-salvador';

/**
 * The hand-built class: Ana 50 %, 75 %, then a third try in progress; Ben 100 %, then 25 %; Cy 37.5 % once, plus a
 * perfect practice attempt from before joining that must never count.
 */
async function buildClass() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 5', joinCode: randomUUID().slice(0, 6) },
  });
  const students: Record<string, Try[]> = {
    Ana: [
      { earned: 6, countries: 'mexico-cuba-venezuela' },
      { earned: 9, countries: RIGHT },
      { earned: null, countries: 'el-salvador-honduras-nicaragua' },
    ],
    Ben: [
      { earned: 12, countries: RIGHT },
      { earned: 3, countries: 'guatemala-honduras-mexico' },
    ],
    Cy: [
      { earned: 12, countries: RIGHT, practice: true },
      { earned: 4.5, countries: RIGHT },
    ],
  };
  const ids: Record<string, string> = {};
  for (const [name, tries] of Object.entries(students)) {
    const learner = await database.prisma.learner.create({
      data: { classId: klass.id, displayName: name, joinedAt: new Date() },
    });
    ids[name] = learner.id;
    let number = 0;
    for (const attempt of tries) {
      if (!attempt.practice) number += 1;
      const row = await database.prisma.quizAttempt.create({
        data: {
          learnerId: learner.id,
          lessonSlug: lesson.slug,
          quizId: 'comprehension',
          number: attempt.practice ? 1 : number,
          practice: attempt.practice ?? false,
          locale: 'en',
          status: attempt.earned === null ? 'in_progress' : 'submitted',
          pointsEarned: attempt.earned,
          pointsPossible: attempt.earned === null ? null : 12,
          submittedAt: attempt.earned === null ? null : new Date(),
        },
      });
      const correct = attempt.countries === RIGHT;
      await database.prisma.quizAnswer.create({
        data: {
          attemptId: row.id,
          itemId: 'c-countries',
          response: { optionId: attempt.countries },
          saveId: randomUUID(),
          seq: 1,
          correct,
          score: correct ? 1 : 0,
        },
      });
    }
  }
  return { teacherId: teacher.id, classId: klass.id, ids };
}

const setRule = (classId: string, countedAttempt: CountedAttempt) =>
  database.prisma.class.update({ where: { id: classId }, data: { countedAttempt } });

describe('which attempt counts', () => {
  it('follows the class’s rule on the roster, in the item analysis, in both CSV files and in the drill-down', async () => {
    const { teacherId, classId, ids } = await buildClass();
    const expected = {
      // Roster percentages (Ana, Ben, Cy), the class average of the submitted ones, and c-countries: answered, right.
      latest: { scores: [null, 25, 38], average: 32, countries: [3, 1], bins: { 2: 1, 3: 1 } },
      first: { scores: [50, 100, 38], average: 63, countries: [3, 2], bins: { 3: 1, 5: 1, 9: 1 } },
      best: { scores: [75, 100, 38], average: 71, countries: [3, 3], bins: { 3: 1, 7: 1, 9: 1 } },
    } as const;
    const countedNumber = {
      latest: { Ana: 3, Ben: 2, Cy: 1 },
      first: { Ana: 1, Ben: 1, Cy: 1 },
      best: { Ana: 2, Ben: 1, Cy: 1 },
    } as const;

    for (const rule of ['latest', 'first', 'best'] as const) {
      await setRule(classId, rule);
      const overview = (await getClassOverview(teacherId, classId, overviewLesson))!;
      const byName = Object.fromEntries(overview.students.map((row) => [row.displayName, row]));
      expect(overview.countedAttempt).toBe(rule);
      expect(
        ['Ana', 'Ben', 'Cy'].map((name) => byName[name]!.scores.comprehension),
        rule,
      ).toEqual(expected[rule].scores);
      expect(overview.averagePercent, rule).toBe(expected[rule].average);

      const analysis = await getItemAnalysis(teacherId, classId, lesson, quiz, EVERY_ANSWER, 'en', labels);
      const countries = analysis.items.find((item) => item.id === 'c-countries')!;
      expect([analysis.students, countries.answered, countries.percentCorrect], rule).toEqual([
        3,
        expected[rule].countries[0],
        Math.round((expected[rule].countries[1] / 3) * 100),
      ]);
      const bins = Object.fromEntries(analysis.scoreBins.flatMap((count, bin) => (count ? [[bin, count]] : [])));
      expect(bins, rule).toEqual(expected[rule].bins);

      const studentsCsv = parse(
        (await classCsv('students', teacherId, classId, lesson, 'en'))!.replace(/^\uFEFF/, ''),
        { columns: true },
      ) as Record<string, string>[];
      const scoreColumn = `${quiz.title.en} (%, ${en.TeacherDashboard.countedAttempt[rule]})`;
      expect(
        ['Ana', 'Ben', 'Cy'].map(
          (name) => studentsCsv.find((row) => row[en.ClassExport.student] === name)![scoreColumn],
        ),
        rule,
      ).toEqual(expected[rule].scores.map((score) => (score === null ? '' : String(score))));

      const answersCsv = parse((await classCsv('answers', teacherId, classId, lesson, 'en'))!.replace(/^\uFEFF/, ''), {
        columns: true,
      }) as Record<string, string>[];
      const counted = answersCsv
        .filter((row) => row[en.ClassExport.counted] === en.ClassExport.yes)
        .map((row) => `${row[en.ClassExport.student]} ${row[en.ClassExport.attempt]}`);
      expect(counted.sort(), rule).toEqual(
        Object.entries(countedNumber[rule]).map(([name, number]) => `${name} ${number}`),
      );
      // Six class attempts with one answer each; the practice attempt is no class work.
      expect(answersCsv, rule).toHaveLength(6);

      const ana = (await getStudentAnswers(teacherId, classId, ids.Ana!, lesson, 'en', labels))!;
      expect(
        ana.attempts.filter((attempt) => attempt.counted).map((attempt) => attempt.number),
        rule,
      ).toEqual([countedNumber[rule].Ana]);
    }
  });
});
