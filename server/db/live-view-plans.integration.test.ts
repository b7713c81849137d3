import { beforeAll, describe, expect, it } from 'vitest';
import { getLesson } from '../lessons';
import { getLiveView } from '../teacher/live-view';
import { seedSchool } from '../testing/school-seed';
import { distinctQueries, largeTables, planProblems, type Statement } from '../testing/query-plans';
import { setUpAppTestDatabase } from '../testing/setup-database';

// Every open live view asks for its class's rows every 10 seconds: at school scale that statement must find them
// through indexes (Learner by class, ReadingProgress and QuizAttempt by learner and lesson, QuizAnswer by attempt) and
// stay below JIT compilation, as a student's own requests do (student-path-plans.integration.test.ts).

const statements: Statement[] = [];
let recording = false;
const database = setUpAppTestDatabase({
  onQuery: (sql, params) => {
    if (recording) statements.push({ sql, params });
  },
});
const lesson = getLesson('zero-tolerance')!;

beforeAll(async () => {
  await database.withConnection(async (session) => {
    await seedSchool(session, { students: 2_000, classes: 60, teachers: 2 }, lesson);
    await session.exec('ANALYZE');
  });
}, 180_000);

describe("a class's live view at school scale", () => {
  it('reads every large table through an index, at a cost below JIT compilation', async () => {
    const large = await largeTables(database);
    for (const table of ['Learner', 'ReadingProgress', 'QuizAttempt', 'QuizAnswer']) expect(large).toContain(table);
    const [target] = await database.withConnection((session) =>
      session.query<{ classId: string; teacherId: string }>(
        `SELECT "id" AS "classId", "teacherId" FROM "Class" ORDER BY "joinCode" LIMIT 1`,
      ),
    );
    recording = true;
    try {
      const view = await getLiveView(
        target!.teacherId,
        target!.classId,
        { slug: lesson.slug, paragraphCount: lesson.article.paragraphs.length, quizzes: lesson.quizzes },
        new Date(),
      );
      expect(view?.students.length).toBeGreaterThan(20);
    } finally {
      recording = false;
    }
    const queries = distinctQueries(statements);
    expect(queries).toHaveLength(1);
    expect(await planProblems(database, queries, large)).toEqual([]);
  }, 120_000);
});
