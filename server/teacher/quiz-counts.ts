import 'server-only';
import type { AnswerFilter, LanguageFilter, SupportsFilter } from '@/lib/dashboard/analysed-items';
import { ALWAYS_ON_SUPPORTS } from '@/lib/supports/profile';
import { GRADED_CHOICES } from './answer-choices';
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
  { language, supports }: AnswerFilter,
): Promise<QuizCounts> {
  const locale = language === 'all' ? null : language;
  // An answer had supports when it recorded any beyond those every answer has.
  const withSupports = supports === 'all' ? null : supports === 'with';
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
        AND (${withSupports}::boolean IS NULL
             OR NOT (a."supportsOn" <@ ${[...ALWAYS_ON_SUPPORTS]}::text[]) = ${withSupports}::boolean)
    ),
    choices AS (
${GRADED_CHOICES}
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

/** Reads `?supports=`: "with" or "without", anything else means every answer. */
export function parseSupportsFilter(value: unknown): SupportsFilter {
  return value === 'with' || value === 'without' ? value : 'all';
}
