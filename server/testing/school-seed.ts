// A school's worth of data in one transaction of set-based SQL, for the dashboard benchmark (bench/dashboard.ts) and
// the query-plan test (server/db/student-path-plans.integration.test.ts): teachers, classes, students, reading
// progress, attempts and answers with the lesson's real ids, graded by the app's own grading.
import { isAutoGraded, type QuizItem } from '@/content/quiz-schema';
import { gradeItem } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { SqlConnection } from '../db/sql-connection';

export type SchoolScale = { students: number; classes: number; teachers: number };

export const CLASSES_PER_TEACHER = 30;
/** Answers saved per student and quiz (of 14 or 15 items): most students skip or have not reached a few. */
export const ANSWERS_PER_QUIZ = 10;
const KINDS = ['quote', 'paraphrase', 'reporter'] as const;

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
    case 'written':
      return [
        { text: item.modelAnswer.en, evidence: item.evidence, language: 'en' },
        { text: item.modelAnswer.es, evidence: [], language: 'es' },
      ];
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
  /** Null for a written answer, which waits for its teacher. */
  correct: boolean | null;
  score: number | null;
};

/** Every response variant of every item, graded by the app's own grading so that `correct` and `score` agree with it. */
function choiceRows(lesson: LoadedLesson): ChoiceRow[] {
  return lesson.quizzes.flatMap((quiz) =>
    quiz.items.flatMap((item, position) => {
      const responses = responsesFor(item, lesson);
      return responses.map((response, variant) => {
        const grade = isAutoGraded(item) ? gradeItem(item, response) : null;
        return {
          quiz_id: quiz.id,
          item_id: item.id,
          position,
          variant,
          wrong_count: responses.length - 1,
          response,
          correct: grade?.correct ?? null,
          score: grade?.score ?? null,
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
function seedScript(scale: SchoolScale, lesson: LoadedLesson): string {
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
export async function seedSchool(session: SqlConnection, scale: SchoolScale, lesson: LoadedLesson): Promise<void> {
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
