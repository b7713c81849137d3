import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { answerItem } from '../quiz/answer-item';
import { submitAttempt } from '../quiz/attempts';
import { loadQuizPage } from '../quiz/quiz-page';
import { loadQuizResults } from '../quiz/quiz-results';
import { ensureLearnerId, setLearnerCookie } from '../auth/learner-session';
import { saveFamiliarity } from '../learner/familiarity';
import { getCurrentLessonState } from '../learner/lesson-state';
import { homeAssignments } from '../assignments/home-assignments';
import { recordReadingProgress, saveReadingPreference } from '../learner/reading';
import { joinClass, resumeStudent } from '../learner/students';
import { getLesson } from '../lessons';
import { seedSchool } from '../testing/school-seed';
import { fakeRequest } from '../testing/next-request';
import { distinctQueries, largeTables, planProblems, type Statement } from '../testing/query-plans';
import { setUpAppTestDatabase } from '../testing/setup-database';

// At school scale every query a student's requests make must find its rows through an index, and stay cheap enough
// for PostgreSQL never to compile it with JIT. The test records each SQL statement Prisma sends along one student's
// whole path (join, lesson, reading, quiz, submit, results, home page, resume) on a database seeded like a school, then asks
// the planner for each plan.

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const statements: Statement[] = [];
let recording = false;
const database = setUpAppTestDatabase({
  onQuery: (sql, params) => {
    if (recording) statements.push({ sql, params });
  },
});

const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const SCALE = { students: 3_000, classes: 100, teachers: 4 };

beforeAll(async () => {
  await database.withConnection(async (session) => {
    await seedSchool(session, SCALE, lesson);
    // A school also has a session, text settings and a familiarity answer per student.
    await session.exec(`
      INSERT INTO "LearnerSession" ("id", "tokenHash", "learnerId")
        SELECT gen_random_uuid(), encode(sha256(convert_to("id"::text, 'UTF8')), 'hex'), "id" FROM "Learner";
      INSERT INTO "ReadingPreference" ("learnerId", "textSize", "lineSpacing", "updatedAt")
        SELECT "id", 'large', 'relaxed', now() FROM "Learner";
      INSERT INTO "TopicFamiliarity" ("learnerId", "lessonSlug", "level", "updatedAt")
        SELECT "id", 'zero-tolerance', 2, now() FROM "Learner";
      ANALYZE;`);
  });
}, 180_000);

/** One student's whole path through the lesson, as the pages and actions call the server. */
async function walkStudentPath(): Promise<void> {
  fakeRequest.reset();
  const joined = await joinClass('B00001', 'Plan Student', '10.20.30.40');
  if (!joined.ok) throw new Error(`join failed: ${joined.error}`);
  await setLearnerCookie(joined.token);
  // The lesson page: the learner's state, in one read.
  await getCurrentLessonState(lesson);
  const learnerId = await ensureLearnerId();
  await saveFamiliarity(learnerId, lesson.slug, 'some');
  await saveReadingPreference(learnerId, { textSize: 'large', lineSpacing: 'loose' });
  await recordReadingProgress(learnerId, lesson.slug, 6, 'en');
  // The quiz page, a draft, a check, and the submit.
  await loadQuizPage(lesson.slug, quiz.id, 'en');
  const item = quiz.items.find((candidate) => candidate.type === 'single')!;
  if (item.type !== 'single') throw new Error('the comprehension quiz needs a single-choice item');
  const save = (attemptId: string | null, seq: number, check: boolean) =>
    answerItem(learnerId, 'en', {
      lesson,
      quizId: quiz.id,
      attemptId,
      itemId: item.id,
      response: { optionId: item.options[0]!.id },
      saveId: randomUUID(),
      seq,
      check,
      optionSeed: 7,
    });
  const draft = await save(null, 1, false);
  if (draft.status !== 'ok') throw new Error(`draft refused: ${draft.code}`);
  await save(draft.attemptId, 2, true);
  await loadQuizPage(lesson.slug, quiz.id, 'en');
  await submitAttempt(lesson, learnerId, draft.attemptId);
  await loadQuizResults(lesson.slug, quiz.id, 'en');
  // The home page: the class's assignments with the student's work.
  await homeAssignments(learnerId, 'en');
  // Another device: continuing with the personal code.
  fakeRequest.reset();
  const resumed = await resumeStudent('B00001', joined.resumeCode, '10.20.30.41');
  if (!resumed.ok) throw new Error(`resume failed: ${resumed.error}`);
}

describe("a student's path at school scale", () => {
  it('reads every large table through an index, at a cost below JIT compilation', async () => {
    const large = await largeTables(database);
    // The seed must really be school-sized, or every plan would pass for the wrong reason.
    for (const table of ['Learner', 'LearnerSession', 'ReadingProgress', 'ReadingPreference', 'TopicFamiliarity'])
      expect(large).toContain(table);
    expect(large).toContain('QuizAttempt');
    expect(large).toContain('QuizAnswer');

    recording = true;
    try {
      await walkStudentPath();
    } finally {
      recording = false;
    }
    const queries = distinctQueries(statements);
    // A student's path makes about twenty different statements; far fewer would mean the recording missed them.
    expect(queries.length).toBeGreaterThanOrEqual(15);

    const problems = await planProblems(database, queries, large);
    expect(problems).toEqual([]);
  }, 120_000);
});
