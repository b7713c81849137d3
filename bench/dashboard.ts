// Benchmark of the teacher dashboard's queries: `npm run bench:dashboard` (add `-- --students 500` for a quick run).
// Seeds a brand-new database of its own (a fresh PostgreSQL database on the DATABASE_URL server, dropped at the end,
// or PGlite in memory), then times each dashboard read as the server calls it. Not part of `npm test`.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Quiz } from '../content/quiz-schema';
import type { LoadedLesson } from '../lib/loaded-lesson';
import { getClassOverview, getTeacherSummary } from '../server/teacher/dashboard';
import { getItemAnalysis } from '../server/teacher/item-analysis';
import { getLiveView } from '../server/teacher/live-view';
import { getLesson } from '../server/lessons';
import { countQuizAnswers } from '../server/teacher/quiz-counts';
import type { AnswerLabels } from '../server/quiz/answer-words';
import type { SqlConnection } from '../server/db/sql-connection';
import { ANSWERS_PER_QUIZ, CLASSES_PER_TEACHER, seedSchool, type SchoolScale } from '../server/testing/school-seed';
import { createAppTestDatabase, type TestDatabase } from '../server/testing/test-database';
import { EVERY_ANSWER } from '../lib/dashboard/analysed-items';

const LESSON_SLUG = 'zero-tolerance';
/** The full size: 10 teachers with 30 classes each, ~33 students per class. */
const FULL_STUDENTS = 10_000;
const FULL_CLASSES = 300;
const WARM_UP_CALLS = 3;
const TIMED_CALLS = 40;
const ONE_CLASS_BUDGET_MS = 100;
const SUMMARY_BUDGET_MS = 300;
const LABELS: AnswerLabels = {
  true: 'True',
  false: 'False',
  kinds: { quote: 'Quote', paraphrase: 'Paraphrase', reporter: 'Reporter' },
};

type ClassTarget = { classId: string; teacherId: string; students: number };
type TeacherTarget = { teacherId: string; classes: number; students: number };
type Bench<Target, Result> = {
  name: string;
  budgetMs: number;
  targets: Target[];
  run(target: Target): Promise<Result>;
  /** What is wrong with a result, or null: a benchmark must not time empty answers. */
  problem(result: Result, target: Target): string | null;
};
type Timing = { name: string; budgetMs: number; samples: number[] };

/** The sizes for `--students N`: classes scale with the students (at least one), 30 classes per teacher. */
function scaleFromArgs(): SchoolScale {
  const { values } = parseArgs({ options: { students: { type: 'string', default: String(FULL_STUDENTS) } } });
  const students = Number(values.students);
  if (!Number.isInteger(students) || students < 1)
    throw new Error(`--students must be a whole number of at least 1, not "${values.students}"`);
  const classes = Math.max(1, Math.round((students * FULL_CLASSES) / FULL_STUDENTS));
  return { students, classes, teachers: Math.ceil(classes / CLASSES_PER_TEACHER) };
}

type RowCounts = Record<'teachers' | 'classes' | 'students' | 'reading' | 'attempts' | 'answers', number>;

async function rowCounts(session: SqlConnection): Promise<RowCounts> {
  const [counts] = await session.query<RowCounts>(`SELECT
    (SELECT count(*) FROM "Teacher")::int AS teachers, (SELECT count(*) FROM "Class")::int AS classes,
    (SELECT count(*) FROM "Learner")::int AS students, (SELECT count(*) FROM "ReadingProgress")::int AS reading,
    (SELECT count(*) FROM "QuizAttempt")::int AS attempts, (SELECT count(*) FROM "QuizAnswer")::int AS answers`);
  return counts!;
}

/** Every class with its owner and size, read back from the database, so that results can be checked against it. */
async function classTargets(session: SqlConnection): Promise<ClassTarget[]> {
  return session.query<ClassTarget>(`
    SELECT c."id" AS "classId", c."teacherId", count(l."id")::int AS "students"
    FROM "Class" c LEFT JOIN "Learner" l ON l."classId" = c."id" GROUP BY c."id" ORDER BY c."joinCode"`);
}

function teacherTargets(classes: ClassTarget[]): TeacherTarget[] {
  const byTeacher = new Map<string, TeacherTarget>();
  for (const { teacherId, students } of classes) {
    const target = byTeacher.get(teacherId) ?? { teacherId, classes: 0, students: 0 };
    byTeacher.set(teacherId, { teacherId, classes: target.classes + 1, students: target.students + students });
  }
  return [...byTeacher.values()];
}

/** Up to `count` targets spread evenly over the list, so that timed calls touch classes of every teacher. */
function spread<T>(items: T[], count: number): T[] {
  const picked = Math.min(count, items.length);
  return Array.from({ length: picked }, (_, index) => items[Math.floor((index * items.length) / picked)]!);
}

/** Warm-up calls, then timed calls cycling over the targets; every result is checked outside the timed span. */
async function measure<Target, Result>(bench: Bench<Target, Result>): Promise<Timing> {
  const call = async (index: number): Promise<number> => {
    const target = bench.targets[index % bench.targets.length]!;
    const started = performance.now();
    const result = await bench.run(target);
    const elapsed = performance.now() - started;
    const problem = bench.problem(result, target);
    if (problem) throw new Error(`Sanity check failed for ${bench.name}: ${problem}`);
    return elapsed;
  };
  for (let index = 0; index < WARM_UP_CALLS; index++) await call(index);
  const samples: number[] = [];
  for (let index = 0; index < TIMED_CALLS; index++) samples.push(await call(index));
  return { name: bench.name, budgetMs: bench.budgetMs, samples };
}

/** The sum of `answered` over items: each student's latest attempt holds at least 5 graded answers. */
function answeredTotal(items: { answered: number }[]): number {
  return items.reduce((sum, item) => sum + item.answered, 0);
}

function benches(lesson: LoadedLesson, classes: ClassTarget[]) {
  const quizIds = lesson.quizzes.map((quiz) => quiz.id);
  const quiz = (id: string): Quiz => lesson.quizzes.find((candidate) => candidate.id === id)!;
  const attribution = quiz('attribution');
  const comprehension = quiz('comprehension');
  const oneClass = spread(classes, TIMED_CALLS);
  const minAnswered = (students: number) => students * Math.floor(ANSWERS_PER_QUIZ / 2);
  const teachers = teacherTargets(classes);
  const classSize = `~${Math.round(classes.reduce((sum, target) => sum + target.students, 0) / classes.length)} students`;
  const teacherSize = `${Math.max(...teachers.map((target) => target.classes))} classes`;
  const overview: Bench<ClassTarget, Awaited<ReturnType<typeof getClassOverview>>> = {
    name: `getClassOverview (one class, ${classSize})`,
    budgetMs: ONE_CLASS_BUDGET_MS,
    targets: oneClass,
    run: (target) =>
      getClassOverview(target.teacherId, target.classId, {
        slug: lesson.slug,
        paragraphCount: lesson.article.paragraphs.length,
        quizIds,
      }),
    problem: (result, target) =>
      !result
        ? 'no overview'
        : result.students.length !== target.students
          ? `${result.students.length} students, expected ${target.students}`
          : result.students.some((student) => student.readingPercent === 0 || student.status === 'not-started')
            ? 'students without their reading or attempts'
            : null,
  };
  const analysis: Bench<ClassTarget, Awaited<ReturnType<typeof getItemAnalysis>>> = {
    name: `getItemAnalysis (one class, ${classSize}, attribution quiz)`,
    budgetMs: ONE_CLASS_BUDGET_MS,
    targets: oneClass,
    run: (target) => getItemAnalysis(target.teacherId, target.classId, lesson, attribution, EVERY_ANSWER, 'en', LABELS),
    problem: (result, target) =>
      result.students !== target.students
        ? `${result.students} students, expected ${target.students}`
        : answeredTotal(result.items) < minAnswered(target.students)
          ? `only ${answeredTotal(result.items)} graded answers`
          : !result.matrices.speaker || !result.matrices.organization
            ? 'no attribution matrices'
            : null,
  };
  const counts: Bench<ClassTarget, Awaited<ReturnType<typeof countQuizAnswers>>> = {
    name: `countQuizAnswers (one class, ${classSize}, comprehension quiz)`,
    budgetMs: ONE_CLASS_BUDGET_MS,
    targets: oneClass,
    run: (target) =>
      countQuizAnswers(target.teacherId, target.classId, lesson.slug, comprehension.id, {
        language: 'all',
        supports: 'all',
      }),
    problem: (result, target) =>
      result.students !== target.students
        ? `${result.students} students, expected ${target.students}`
        : answeredTotal(result.items) < minAnswered(target.students)
          ? `only ${answeredTotal(result.items)} graded answers`
          : result.choices.length === 0
            ? 'no choice counts'
            : null,
  };
  // The live view polls every 10 s per open teacher page: one class, the same budget as the overview.
  const live: Bench<ClassTarget, Awaited<ReturnType<typeof getLiveView>>> = {
    name: `getLiveView (one class, ${classSize})`,
    budgetMs: ONE_CLASS_BUDGET_MS,
    targets: oneClass,
    run: (target) =>
      getLiveView(
        target.teacherId,
        target.classId,
        { slug: lesson.slug, paragraphCount: lesson.article.paragraphs.length, quizzes: lesson.quizzes },
        new Date(),
      ),
    problem: (result, target) =>
      !result
        ? 'no live view'
        : result.students.length !== target.students
          ? `${result.students.length} students, expected ${target.students}`
          : result.students.some((student) => student.place.kind === 'not-started' || !student.lastAction)
            ? 'students without their place or last action'
            : !result.students.some((student) => student.place.kind === 'quiz')
              ? 'nobody in a quiz'
              : null,
  };
  const summary: Bench<TeacherTarget, Awaited<ReturnType<typeof getTeacherSummary>>> = {
    name: `getTeacherSummary (one teacher, ${teacherSize})`,
    budgetMs: SUMMARY_BUDGET_MS,
    targets: teachers,
    run: (target) => getTeacherSummary(target.teacherId, { slug: lesson.slug, quizIds }),
    problem: (result, target) => {
      const joined = [...result.values()].reduce((sum, row) => sum + row.joined, 0);
      return result.size !== target.classes
        ? `${result.size} classes, expected ${target.classes}`
        : joined !== target.students
          ? `${joined} students, expected ${target.students}`
          : [...result.values()].every((row) => row.averagePercent === null)
            ? 'no averages'
            : null;
    },
  };
  return { overview, analysis, counts, live, summary };
}

/** Nearest-rank percentile. */
function percentile(samples: number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

/** A markdown table, ready to paste into the README; a query passes when its p95 is within budget. */
function resultTable(timings: Timing[]): string {
  const lines = [
    '| Query | Runs | Median ms | p95 ms | Budget ms | Result |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { name, budgetMs, samples } of timings) {
    const p95 = percentile(samples, 0.95);
    const verdict = p95 <= budgetMs ? 'PASS' : '**OVER**';
    lines.push(
      `| ${name} | ${samples.length} | ${percentile(samples, 0.5).toFixed(1)} | ${p95.toFixed(1)} | ${budgetMs} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}

function machine(): string {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${memory} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

/** The database kind and version; for PostgreSQL also its JIT setting, which decides how the costliest queries run. */
async function describeDatabase(database: TestDatabase): Promise<string> {
  const [row] = await database.withConnection((session) =>
    session.query<{ version: string; jit: string | null }>(
      `SELECT current_setting('server_version') AS version, current_setting('jit', true) AS jit`,
    ),
  );
  const version = row?.version ?? 'unknown';
  return database.kind === 'pglite'
    ? `PGlite, embedded PostgreSQL ${version}, in memory`
    : `PostgreSQL ${version}, jit ${row?.jit ?? 'unknown'}, at ${database.location} (a fresh database, dropped at the end)`;
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

async function run(database: TestDatabase, scale: SchoolScale): Promise<void> {
  const lesson = getLesson(LESSON_SLUG);
  if (!lesson) throw new Error(`No lesson ${LESSON_SLUG} in content/lessons`);
  console.log(`Database: ${await describeDatabase(database)}`);
  const seedStarted = performance.now();
  await database.withConnection((session) => seedSchool(session, scale, lesson));
  const seedTime = performance.now() - seedStarted;
  const [counts, classes] = await database.withConnection(
    async (session) => [await rowCounts(session), await classTargets(session)] as const,
  );
  const format = (value: number) => value.toLocaleString('en-US');
  console.log(
    `Seeded in ${seconds(seedTime)}: ${format(counts.teachers)} teachers, ${format(counts.classes)} classes, ${format(counts.students)} students, ` +
      `${format(counts.reading)} reading progress rows, ${format(counts.attempts)} quiz attempts, ${format(counts.answers)} quiz answers`,
  );
  console.log(
    `Each query: ${WARM_UP_CALLS} warm-up calls, then ${TIMED_CALLS} timed calls over different classes (teachers for the summary);`,
  );
  console.log('time = wall time of the server function call in this process. PASS means p95 within budget.\n');
  const { overview, analysis, counts: quizCounts, live, summary } = benches(lesson, classes);
  // One after the other: concurrent calls would time each other's queries.
  const timings = [
    await measure(overview),
    await measure(analysis),
    await measure(quizCounts),
    await measure(live),
    await measure(summary),
  ];
  console.log(resultTable(timings));
}

/** Set on Ctrl-C: the query in flight then fails because its database is being dropped, which is no error to report. */
let interrupted = false;
let database: TestDatabase | undefined;

/**
 * Ctrl-C must not leave a fuente_test_* database behind on the PostgreSQL server. The signal can arrive twice (from the
 * terminal and relayed by tsx): the handler stays installed so that a repeat cannot kill the process mid-drop.
 */
function dropDatabaseOnInterrupt(): void {
  process.on('SIGINT', () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\nInterrupted: dropping the benchmark database.');
    // While the database is still being created, main drops it as soon as it exists.
    void database?.drop().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const scale = scaleFromArgs();
  console.log(`Fuente dashboard benchmark, ${new Date().toISOString()}`);
  console.log(`Machine: ${machine()}`);
  dropDatabaseOnInterrupt();
  database = await createAppTestDatabase();
  if (interrupted) {
    await database.drop();
    return 130;
  }
  try {
    await run(database, scale);
  } finally {
    await database.drop();
  }
  console.log(`\nTotal run time: ${seconds(performance.now() - started)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (interrupted) return;
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
