import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { MAX_MULTIPLE_OPTIONS, MAX_ROWS } from '@/content/quiz-schema';
import type { LanguageFilter } from '@/lib/dashboard/analysed-items';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from './counted-attempts';
import { db } from '../db/client';

/** How many graded answers an item has, and how many of them were right. */
export type ItemTotals = { itemId: string; answered: number; correct: number };

/**
 * How often one choice was made. `rowId` and `field` are empty for one-question items; for matching items the field
 * is "speaker" or "organization", for classification items it is "kind".
 */
export type ChoiceCount = { itemId: string; rowId: string; field: string; choice: string; count: number };

export type QuizCounts = {
  /** Students whose counted attempt (by the class's rule, in the filtered language) is counted. */
  students: number;
  items: ItemTotals[];
  choices: ChoiceCount[];
  /** Submitted scores in ten bins: 0-9 %, 10-19 %, …, 90-100 %. */
  scoreBins: number[];
};

export const SCORE_BINS = 10;

/**
 * A LIMIT written into the SQL text, not sent as a parameter, so the planner sees it. PostgreSQL guesses that every
 * jsonb_each call returns 100 rows; with that guess this query looks expensive enough to be JIT-compiled, which
 * costs 0.5 s for 2 ms of work (bench/dashboard.ts). Saved answers never exceed these bounds (lib/grading/responses.ts
 * checks them against the item), so the limits drop nothing.
 */
function limit(rows: number): Prisma.Sql {
  return Prisma.raw(String(Math.trunc(rows)));
}

type Row = {
  students: number;
  items: ItemTotals[] | null;
  choices: ChoiceCount[] | null;
  bins: { bin: number; count: number }[] | null;
};

/**
 * Every count the item analysis needs for one quiz in one class, in one grouped query: the counted attempt of each
 * student (the class's rule: latest, first or best; practice left out), the graded answers in it (checked with immediate feedback, or submitted), each answer's choices unpacked
 * from its JSON response, and the score histogram. Scoped to the teacher in the query itself.
 */
export async function countQuizAnswers(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  quizId: string,
  language: LanguageFilter,
): Promise<QuizCounts> {
  const locale = language === 'all' ? null : language;
  const [row] = await db().prisma.$queryRaw<Row[]>`
    WITH latest AS (
      SELECT DISTINCT ON (q."learnerId") q."id", q."status", q."pointsEarned", q."pointsPossible"
      FROM "QuizAttempt" q
      JOIN "Learner" l ON l."id" = q."learnerId"
      JOIN "Class" c ON c."id" = l."classId"
      WHERE c."id" = ${classId}::uuid AND c."teacherId" = ${teacherId}::uuid
        AND q."lessonSlug" = ${lessonSlug} AND q."quizId" = ${quizId} AND ${CLASS_ATTEMPT}
        AND (${locale}::text IS NULL OR q."locale" = ${locale}::text)
      ORDER BY q."learnerId", ${COUNTED_ATTEMPT_ORDER}
    ),
    graded AS (
      SELECT a."itemId", a."response", a."correct", a."grade"
      FROM "QuizAnswer" a JOIN latest ON latest."id" = a."attemptId"
      WHERE a."correct" IS NOT NULL
    ),
    choices AS (
      SELECT g."itemId", '' AS "rowId", '' AS "field", pick.choice
      FROM graded g
      CROSS JOIN LATERAL (
        SELECT g."response"->>'optionId' WHERE g."response" ? 'optionId'
        UNION ALL SELECT g."response"->>'sentenceId' WHERE g."response" ? 'sentenceId'
        UNION ALL SELECT g."response"->>'value' WHERE g."response" ? 'value'
        UNION ALL (
          SELECT jsonb_array_elements_text(g."response"->'optionIds') WHERE jsonb_typeof(g."response"->'optionIds') = 'array'
          LIMIT ${limit(MAX_MULTIPLE_OPTIONS)}
        )
      ) AS pick(choice)
      UNION ALL
      SELECT g."itemId", r.key, CASE WHEN jsonb_typeof(r.value) = 'string' THEN 'kind' ELSE f.key END, COALESCE(f.value, r.value #>> '{}')
      FROM graded g
      CROSS JOIN LATERAL (
        SELECT * FROM jsonb_each(CASE WHEN jsonb_typeof(g."response"->'rows') = 'object' THEN g."response"->'rows' ELSE '{}'::jsonb END)
        LIMIT ${limit(MAX_ROWS)}
      ) AS r
      LEFT JOIN LATERAL (
        SELECT * FROM jsonb_each_text(CASE WHEN jsonb_typeof(r.value) = 'object' THEN r.value ELSE '{}'::jsonb END) LIMIT 2
      ) AS f ON true
      UNION ALL
      -- A written answer's returned rubric level (server/teacher/written-scores.ts).
      SELECT g."itemId", '', 'level', g."grade"->'rubric'->>'level' FROM graded g WHERE g."grade" ? 'rubric'
    )
    SELECT
      (SELECT count(*)::int FROM latest) AS "students",
      (SELECT json_agg(t) FROM (
        SELECT "itemId", count(*)::int AS "answered", (count(*) FILTER (WHERE "correct"))::int AS "correct"
        FROM graded GROUP BY "itemId"
      ) t) AS "items",
      (SELECT json_agg(t) FROM (
        SELECT "itemId", "rowId", "field", choice, count(*)::int AS "count"
        FROM choices WHERE choice IS NOT NULL GROUP BY "itemId", "rowId", "field", choice
      ) t) AS "choices",
      (SELECT json_agg(t) FROM (
        SELECT least(floor(100.0 * "pointsEarned" / "pointsPossible" / ${100 / SCORE_BINS}), ${SCORE_BINS - 1})::int AS "bin", count(*)::int AS "count"
        FROM latest WHERE "status" = 'submitted' AND "pointsPossible" > 0 GROUP BY 1
      ) t) AS "bins"`;
  const scoreBins = Array.from({ length: SCORE_BINS }, () => 0);
  for (const { bin, count } of row?.bins ?? []) scoreBins[bin] = count;
  return { students: row?.students ?? 0, items: row?.items ?? [], choices: row?.choices ?? [], scoreBins };
}

/** Reads `?language=`: "en" or "es", anything else means everyone. */
export function parseLanguageFilter(value: unknown): LanguageFilter {
  return value === 'en' || value === 'es' ? value : 'all';
}
