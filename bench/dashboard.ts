// Benchmark of the teacher dashboard's queries: `npm run bench:dashboard` (add `-- --students 500` for a quick run).
// Seeds a brand-new database of its own (a fresh PostgreSQL database on the DATABASE_URL server, dropped at the end,
// or PGlite in memory), then times each dashboard read as the server calls it. Not part of `npm test`.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Quiz, QuizItem } from '../content/quiz-schema';
import { gradeItem } from '../lib/grading/grade-item';
import type { ItemResponse } from '../lib/grading/responses';
import type { LoadedLesson } from '../lib/loaded-lesson';
import { getClassOverview, getTeacherSummary } from '../server/teacher/dashboard';
import { getItemAnalysis } from '../server/teacher/item-analysis';
import { getLesson } from '../server/lessons';
import { countQuizAnswers } from '../server/teacher/quiz-counts';
import type { AnswerLabels } from '../server/quiz/public-quiz';
import type { SqlConnection } from '../server/db/sql-connection';
import { createAppTestDatabase, type TestDatabase } from '../server/testing/test-database';

const LESSON_SLUG = 'zero-tolerance';
/** The full size: 10 teachers with 30 classes each, ~33 students per class. */
const FULL_STUDENTS = 10_000;
const FULL_CLASSES = 300;
const CLASSES_PER_TEACHER = 30;
/** Answers saved per student and quiz (of 12 items): most students skip or have not reached a couple. */
const ANSWERS_PER_QUIZ = 10;
const WARM_UP_CALLS = 3;
const TIMED_CALLS = 40;
const ONE_CLASS_BUDGET_MS = 100;
const SUMMARY_BUDGET_MS = 300;
const LABELS: AnswerLabels = {
  true: 'True',
  false: 'False',
  kinds: { quote: 'Quote', paraphrase: 'Paraphrase', reporter: 'Reporter' },
};
const KINDS = ['quote', 'paraphrase', 'reporter'] as const;

type Scale = { students: number; classes: number; teachers: number };
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
function scaleFromArgs(): Scale {
  const { values } = parseArgs({ options: { students: { type: 'string', default: String(FULL_STUDENTS) } } });
  const students = Number(values.students);
  if (!Number.isInteger(students) || students < 1)
    throw new Error(`--students must be a whole number of at least 1, not "${values.students}"`);
  const classes = Math.max(1, Math.round((students * FULL_CLASSES) / FULL_STUDENTS));
  return { students, classes, teachers: Math.ceil(classes / CLASSES_PER_TEACHER) };
}

/** A SQL string literal; the seed script is one parameterless batch, so the few strings it needs are quoted here. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The responses students give to an item, right one first, in the shapes of lib/grading/responses.ts and with the
 * lesson's real ids: every wrong option, a subset or superset of the right options, a swapped speaker or
 * organization on one matching row, a wrong kind on one classification row.
 */
function responsesFor(item: QuizItem, lesson: LoadedLesson): ItemResponse[] {
  switch (item.type) {
    case 'single':
      return [...item.options]
        .sort((a, b) => Number(b.correct) - Number(a.correct))
        .map((option) => ({ optionId: option.id }));
    case 'multiple': {
      const right = item.options.filter((option) => option.correct).map((option) => option.id);
      const wrong = item.options.filter((option) => !option.correct).map((option) => option.id);
      return [
        { optionIds: right },
        { optionIds: right.slice(1) },
        ...wrong.map((id) => ({ optionIds: [...right, id] })),
      ];
    }
    case 'truefalse':
      return [{ value: item.answer }, { value: !item.answer }];
    case 'evidence':
      return [...item.choices]
        .sort((a, b) => Number(item.answer.includes(b.sentenceId)) - Number(item.answer.includes(a.sentenceId)))
        .map((choice) => ({ sentenceId: choice.sentenceId }));
    case 'matching': {
      const right = Object.fromEntries(item.rows.map((row) => [row.id, { ...row.answer }]));
      const ids = {
        speaker: lesson.voices.people.map((person) => person.id),
        organization: lesson.voices.organizations.map((org) => org.id),
      };
      const wrong = item.rows.flatMap((row, index) =>
        item.fields.map((field) => ({
          rows: { ...right, [row.id]: { ...row.answer, [field]: otherThan(ids[field], row.answer[field], index) } },
        })),
      );
      return [{ rows: right }, ...wrong];
    }
    case 'classification': {
      const right = Object.fromEntries(item.rows.map((row) => [row.id, row.answer]));
      const wrong = item.rows.map((row, index) => ({
        rows: { ...right, [row.id]: otherThan(KINDS, row.answer, index) },
      }));
      return [{ rows: right }, ...wrong];
    }
  }
}

/** A value from `values` other than `right`, varied by `index` so that wrong answers are not all the same one. */
function otherThan<T extends string>(values: readonly T[], right: T | undefined, index: number): T {
  const at = right === undefined ? 0 : values.indexOf(right);
  return values[(at + 1 + (index % Math.max(1, values.length - 1))) % values.length]!;
}

type ChoiceRow = {
  quiz_id: string;
  item_id: string;
  position: number;
  variant: number;
  wrong_count: number;
  response: ItemResponse;
  correct: boolean;
  score: number;
};

/** Every response variant of every item, graded by the app's own grading so that `correct` and `score` agree with it. */
function choiceRows(lesson: LoadedLesson): ChoiceRow[] {
  return lesson.quizzes.flatMap((quiz) =>
    quiz.items.flatMap((item, position) => {
      const responses = responsesFor(item, lesson);
      return responses.map((response, variant) => {
        const grade = gradeItem(item, response);
        return {
          quiz_id: quiz.id,
          item_id: item.id,
          position,
          variant,
          wrong_count: responses.length - 1,
          response,
          correct: grade.correct,
          score: grade.score,
        };
      });
    }),
  );
}

/**
 * The seed, as set-based SQL over temporary tables (dropped at commit). Per student: reading progress, one attempt
 * per quiz (85 % submitted, 15 % in progress; 15 % of students retook one quiz), and 10 answers per quiz spread over
 * that quiz's attempts (70 % right, otherwise one of the item's wrong responses).
 */
function seedScript(scale: Scale, lesson: LoadedLesson): string {
  const slug = literal(lesson.slug);
  const paragraphs = lesson.article.paragraphs.length;
  const [firstQuiz, secondQuiz] = lesson.quizzes.map((quiz) => literal(quiz.id));
  const quizzes = lesson.quizzes.map((quiz) => `(${literal(quiz.id)}, ${quiz.items.length})`).join(', ');
  return `
    CREATE TEMP TABLE bench_quiz ON COMMIT DROP AS SELECT * FROM (VALUES ${quizzes}) AS q(quiz_id, item_count);
    CREATE TEMP TABLE bench_item ON COMMIT DROP AS SELECT DISTINCT quiz_id, item_id, position, wrong_count FROM bench_choice;

    CREATE TEMP TABLE bench_teacher ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, ${scale.teachers - 1}) AS n;
    INSERT INTO "Teacher" ("id", "email", "passwordHash")
      SELECT id, 'bench-teacher-' || (n + 1) || '@school.example', 'bench: no password' FROM bench_teacher;

    CREATE TEMP TABLE bench_class ON COMMIT DROP AS
      SELECT s.n, gen_random_uuid() AS id, t.id AS teacher_id
      FROM generate_series(0, ${scale.classes - 1}) AS s(n) JOIN bench_teacher t ON t.n = s.n / ${CLASSES_PER_TEACHER};
    INSERT INTO "Class" ("id", "teacherId", "name", "joinCode")
      SELECT id, teacher_id, 'Period ' || (n + 1), 'B' || lpad(n::text, 5, '0') FROM bench_class;

    -- Random draws sit in a subquery's select list, which PostgreSQL evaluates once per row (it never flattens it).
    CREATE TEMP TABLE bench_learner ON COMMIT DROP AS
      SELECT s.n, gen_random_uuid() AS id, c.id AS class_id,
             CASE WHEN s.r_locale < 0.7 THEN 'en' ELSE 'es' END AS locale,
             least(${paragraphs}, 1 + floor(s.r_reading * ${paragraphs} * 4))::int AS furthest,
             CASE WHEN s.r_retake < 0.10 THEN ${secondQuiz} WHEN s.r_retake < 0.15 THEN ${firstQuiz} END AS retake_quiz,
             now() - interval '14 days' + s.r_start * interval '7 days' AS started
      FROM (SELECT n, random() AS r_locale, random() AS r_reading, random() AS r_retake, random() AS r_start
            FROM generate_series(0, ${scale.students - 1}) AS n) AS s
      JOIN bench_class c ON c.n = s.n % ${scale.classes};
    INSERT INTO "Learner" ("id", "classId", "displayName", "createdAt", "updatedAt")
      SELECT id, class_id, 'Student ' || (n + 1), started - interval '1 day', started - interval '1 day' FROM bench_learner;
    INSERT INTO "ReadingProgress" ("learnerId", "lessonSlug", "furthestParagraph", "locale", "updatedAt")
      SELECT id, ${slug}, furthest, locale, started FROM bench_learner;

    CREATE TEMP TABLE bench_attempt ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, l.id AS learner_id, q.quiz_id, g.number, l.locale, l.started + g.number * interval '1 day' AS started,
             CASE WHEN g.number = 1 AND l.retake_quiz = q.quiz_id THEN 'submitted'
                  WHEN random() < 0.15 THEN 'in_progress' ELSE 'submitted' END AS status
      FROM bench_learner l CROSS JOIN bench_quiz q
      CROSS JOIN LATERAL generate_series(1, CASE WHEN l.retake_quiz = q.quiz_id THEN 2 ELSE 1 END) AS g(number);

    -- Each student answers a rotating window of items, so every item of a class gets answers; a retaker's answers
    -- alternate between the first attempt and the retake.
    CREATE TEMP TABLE bench_answer ON COMMIT DROP AS
      SELECT d.attempt_id, d.item_id, c.response, c.correct, c.score, d.seq, d.started + (d.k + 1) * interval '1 minute' AS at
      FROM (SELECT a.id AS attempt_id, a.started, i.quiz_id, i.item_id, i.wrong_count, k, random() AS r, 1 + floor(random() * 3)::int AS seq
            FROM bench_learner l CROSS JOIN bench_quiz q CROSS JOIN generate_series(0, ${ANSWERS_PER_QUIZ - 1}) AS k
            JOIN bench_item i ON i.quiz_id = q.quiz_id AND i.position = (l.n + k) % q.item_count
            JOIN bench_attempt a ON a.learner_id = l.id AND a.quiz_id = q.quiz_id
             AND a.number = CASE WHEN l.retake_quiz = q.quiz_id AND k % 2 = 1 THEN 2 ELSE 1 END
            WHERE k < q.item_count) AS d
      JOIN bench_choice c ON c.quiz_id = d.quiz_id AND c.item_id = d.item_id
       AND c.variant = CASE WHEN d.r < 0.7 THEN 0 ELSE 1 + floor((d.r - 0.7) / 0.3 * d.wrong_count)::int END;

    INSERT INTO "QuizAttempt" ("id", "learnerId", "lessonSlug", "quizId", "number", "status", "locale", "startedAt",
                               "submittedAt", "pointsEarned", "pointsPossible")
      SELECT a.id, a.learner_id, ${slug}, a.quiz_id, a.number, a.status, a.locale, a.started,
             CASE WHEN a.status = 'submitted' THEN a.started + interval '20 minutes' END,
             CASE WHEN a.status = 'submitted' THEN round(coalesce(p.earned, 0)::numeric, 3)::float8 END,
             CASE WHEN a.status = 'submitted' THEN q.item_count END
      FROM bench_attempt a JOIN bench_quiz q ON q.quiz_id = a.quiz_id
      LEFT JOIN (SELECT attempt_id, sum(score) AS earned FROM bench_answer GROUP BY attempt_id) p ON p.attempt_id = a.id;
    INSERT INTO "QuizAnswer" ("attemptId", "itemId", "response", "saveId", "seq", "checkedAt", "score", "correct", "updatedAt")
      SELECT attempt_id, item_id, response, gen_random_uuid(), seq, at, score, correct, at FROM bench_answer;`;
}

/** Seeds one transaction (one commit instead of thousands), then refreshes the planner's statistics. */
async function seed(session: SqlConnection, scale: Scale, lesson: LoadedLesson): Promise<void> {
  await session.exec('BEGIN');
  try {
    // Reproducible draws from random(); gen_random_uuid() stays random, as the ids are never compared.
    await session.query('SELECT setseed(0.42)');
    await session.exec(`CREATE TEMP TABLE bench_choice (quiz_id text, item_id text, position int, variant int, wrong_count int,
                          response jsonb, correct boolean, score float8) ON COMMIT DROP`);
    await session.query(
      `INSERT INTO bench_choice SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS c(quiz_id text, item_id text, position int, variant int, wrong_count int, response jsonb, correct boolean, score float8)`,
      [JSON.stringify(choiceRows(lesson))],
    );
    await session.exec(seedScript(scale, lesson));
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK');
    throw error;
  }
  await session.exec('ANALYZE');
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
    run: (target) => getItemAnalysis(target.teacherId, target.classId, lesson, attribution, 'all', 'en', LABELS),
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
    run: (target) => countQuizAnswers(target.teacherId, target.classId, lesson.slug, comprehension.id, 'all'),
    problem: (result, target) =>
      result.students !== target.students
        ? `${result.students} students, expected ${target.students}`
        : answeredTotal(result.items) < minAnswered(target.students)
          ? `only ${answeredTotal(result.items)} graded answers`
          : result.choices.length === 0
            ? 'no choice counts'
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
  return { overview, analysis, counts, summary };
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

async function run(database: TestDatabase, scale: Scale): Promise<void> {
  const lesson = getLesson(LESSON_SLUG);
  if (!lesson) throw new Error(`No lesson ${LESSON_SLUG} in content/lessons`);
  console.log(`Database: ${await describeDatabase(database)}`);
  const seedStarted = performance.now();
  await database.withConnection((session) => seed(session, scale, lesson));
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
  const { overview, analysis, counts: quizCounts, summary } = benches(lesson, classes);
  // One after the other: concurrent calls would time each other's queries.
  const timings = [await measure(overview), await measure(analysis), await measure(quizCounts), await measure(summary)];
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
