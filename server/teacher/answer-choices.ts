import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { MAX_MULTIPLE_OPTIONS, MAX_ROWS, type QuizItem } from '@/content/quiz-schema';
import type { LoadedLesson } from '@/lib/loaded-lesson';

// The choices inside a graded answer, and the misconception each wrong one suggests: written once for the class's item
// analysis (server/teacher/item-analysis.ts) and a student's report (server/reports/student-report.ts).

/** One choice within an answer: `rowId` and `field` are empty for one-question items (see quiz-counts.ts). */
export type AnswerChoice = { rowId: string; field: string; choice: string };

/**
 * A LIMIT written into the SQL text, not sent as a parameter, so the planner sees it. PostgreSQL guesses that every
 * jsonb_each call returns 100 rows; with that guess the item analysis looks expensive enough to be JIT-compiled, which
 * costs 0.5 s for 2 ms of work (bench/dashboard.ts). Saved answers never exceed these bounds (lib/grading/responses.ts
 * checks them against the item), so the limits drop nothing.
 */
function limit(rows: number): Prisma.Sql {
  return Prisma.raw(String(Math.trunc(rows)));
}

/**
 * The body of a `choices` CTE: every choice of every answer in a CTE named `graded` (with "itemId", "response" and
 * "grade"), unpacked from its JSON response as ("itemId", "rowId", "field", choice); a returned written answer gives
 * its rubric level with the field "level".
 */
export const GRADED_CHOICES = Prisma.sql`
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
      SELECT g."itemId", '', 'level', g."grade"->'rubric'->>'level' FROM graded g WHERE g."grade" ? 'rubric'`;

/** The misconception a wrong choice on a matching or classification row suggests, from misconceptions.json. */
function confusionOf(
  lesson: LoadedLesson,
  field: 'speaker' | 'organization' | 'kind',
  right: string | undefined,
  chosen: string,
): string | undefined {
  if (right === undefined || right === chosen) return undefined;
  return lesson.misconceptions.find((misconception) =>
    misconception.confusions?.some(
      (confusion) => confusion.field === field && confusion.right.includes(right) && confusion.chosen.includes(chosen),
    ),
  )?.id;
}

/** The id of the misconception a choice suggests (from the item's tags or the lesson's confusions); none when right. */
export function choiceMisconception(lesson: LoadedLesson, item: QuizItem, { rowId, field, choice }: AnswerChoice) {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const option = item.options.find((candidate) => candidate.id === choice);
      return option && !option.correct ? option.misconception : undefined;
    }
    case 'truefalse':
      return choice === String(!item.answer) ? item.misconception : undefined;
    case 'evidence':
      return item.answer.includes(choice)
        ? undefined
        : item.choices.find((candidate) => candidate.sentenceId === choice)?.misconception;
    case 'matching': {
      const row = item.rows.find((candidate) => candidate.id === rowId);
      return row && (field === 'speaker' || field === 'organization')
        ? confusionOf(lesson, field, row.answer[field], choice)
        : undefined;
    }
    case 'classification': {
      const row = item.rows.find((candidate) => candidate.id === rowId);
      return row && field === 'kind' ? confusionOf(lesson, 'kind', row.answer, choice) : undefined;
    }
    case 'written':
      return undefined;
  }
}
