import { describe, expect, it } from 'vitest';
import { isAutoGraded } from '@/content/quiz-schema';
import { gradeItem } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import { getLesson } from '../lessons';
import { verifyPassword } from '../auth/passwords';
import { hashToken, newToken } from '../auth/tokens';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { createDemoClass, DEMO_CLASS_NAME, DEMO_EMAIL } from './demo-class';

const database = setUpAppTestDatabase();

const lesson = getLesson('zero-tolerance')!;
const itemsById = new Map(lesson.quizzes.flatMap((quiz) => quiz.items).map((item) => [item.id, item]));

/** Every demo student with their reading progress and attempts (newest data straight from the tables). */
async function demoStudents(classId: string) {
  return database.prisma.learner.findMany({
    where: { classId },
    select: {
      displayName: true,
      reading: { select: { furthestParagraph: true, locale: true } },
      attempts: {
        select: {
          quizId: true,
          status: true,
          pointsEarned: true,
          startedAt: true,
          submittedAt: true,
          answers: { select: { itemId: true, response: true, score: true, correct: true, checkedAt: true } },
        },
      },
    },
  });
}

describe('the demo class', () => {
  it(
    'seeds a class of 28 students at every stage, with answers graded for real, and seeding again starts it over',
    { timeout: 300_000 },
    async () => {
      const first = await createDemoClass('first demo password');
      expect(first).toMatchObject({ email: DEMO_EMAIL, students: 28 });
      const klass = await database.prisma.class.findUniqueOrThrow({
        where: { id: first.classId },
        select: { name: true, joinCode: true, retakes: true, teacher: { select: { email: true } } },
      });
      expect(klass).toEqual({
        name: DEMO_CLASS_NAME,
        joinCode: first.joinCode,
        retakes: 1,
        teacher: { email: DEMO_EMAIL },
      });

      const students = await demoStudents(first.classId);
      expect(students).toHaveLength(28);
      expect(new Set(students.map((student) => student.displayName)).size).toBe(28);
      const paragraphs = lesson.article.paragraphs.length;
      const notStarted = students.filter((student) => student.reading.length === 0);
      const reading = students.filter((student) => student.reading.some((row) => row.furthestParagraph < paragraphs));
      const submittedQuizzes = (student: (typeof students)[number]) =>
        student.attempts
          .filter((attempt) => attempt.status === 'submitted')
          .map((attempt) => attempt.quizId)
          .sort();
      expect(notStarted.map((student) => student.attempts.length)).toEqual([0, 0, 0]);
      expect(reading.map((student) => student.attempts.length)).toEqual([0, 0, 0]);
      expect(students.filter((student) => submittedQuizzes(student).length === 2)).toHaveLength(16);
      // Three midway through the first quiz, three through the second.
      const inProgress = students.flatMap((student) =>
        student.attempts.filter((attempt) => attempt.status === 'in_progress').map((attempt) => attempt.quizId),
      );
      expect(inProgress.sort()).toEqual([
        'attribution',
        'attribution',
        'attribution',
        'comprehension',
        'comprehension',
        'comprehension',
      ]);
      // Some students read in Spanish.
      expect(new Set(students.flatMap((student) => student.reading.map((row) => row.locale)))).toEqual(
        new Set(['en', 'es']),
      );

      const attempts = students.flatMap((student) => student.attempts);
      const answers = attempts.flatMap((attempt) => attempt.answers);
      expect(answers.length).toBeGreaterThan(16 * 25);
      for (const answer of answers) {
        const item = itemsById.get(answer.itemId)!;
        if (!isAutoGraded(item)) {
          // A written answer waits for its teacher: never checked, no score yet.
          expect({ checkedAt: answer.checkedAt, score: answer.score }).toEqual({ checkedAt: null, score: null });
          continue;
        }
        expect(answer.checkedAt).not.toBeNull();
        const grade = gradeItem(item, answer.response as ItemResponse);
        expect({ score: answer.score, correct: answer.correct }).toEqual({
          score: grade.score,
          correct: grade.correct,
        });
      }
      // Neither all right nor all wrong: the dashboard has something to show.
      expect(answers.some((answer) => answer.correct)).toBe(true);
      expect(answers.some((answer) => !answer.correct)).toBe(true);
      // The work is spread over the last hour, each attempt submitted after it started.
      const hourAgo = Date.now() - 61 * 60 * 1000;
      for (const attempt of attempts) {
        expect(attempt.startedAt.getTime()).toBeGreaterThan(hourAgo);
        expect(attempt.startedAt.getTime()).toBeLessThan(Date.now());
        if (attempt.submittedAt) expect(attempt.submittedAt.getTime()).toBeGreaterThan(attempt.startedAt.getTime());
      }

      // A demo teacher signed in somewhere, and a class of theirs that is not the demo.
      const teacher = await database.prisma.teacher.findUniqueOrThrow({
        where: { email: DEMO_EMAIL },
        select: { id: true },
      });
      await database.prisma.teacherSession.create({
        data: { teacherId: teacher.id, tokenHash: hashToken(newToken()) },
      });
      const other = await database.prisma.class.create({
        data: { teacherId: teacher.id, name: 'Period 1', joinCode: 'QQQQ22' },
        select: { id: true },
      });

      const second = await createDemoClass('second demo password');
      expect(second.classId).not.toBe(first.classId);
      const demoClasses = await database.prisma.class.findMany({
        where: { teacherId: teacher.id },
        select: { id: true },
      });
      expect(demoClasses.map((row) => row.id).sort()).toEqual([other.id, second.classId].sort());
      expect(await database.prisma.learner.count({ where: { classId: first.classId } })).toBe(0);
      expect(await demoStudents(second.classId)).toHaveLength(28);
      expect(await database.prisma.teacher.count({ where: { email: DEMO_EMAIL } })).toBe(1);
      expect(await database.prisma.teacherSession.count({ where: { teacherId: teacher.id } })).toBe(0);
      const { passwordHash } = await database.prisma.teacher.findUniqueOrThrow({
        where: { id: teacher.id },
        select: { passwordHash: true },
      });
      expect(await verifyPassword('second demo password', passwordHash)).toBe(true);
    },
  );
});
