import 'server-only';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from '../teacher/counted-attempts';
import { GRADED_CHOICES } from '../teacher/answer-choices';
import { lateSql } from '../assignments/late';
import { db } from '../db/client';

/** One counted attempt of the student (per quiz, by the class's rule). */
export type CountedRow = {
  quizId: string;
  status: string;
  earned: number | null;
  possible: number | null;
  locale: string | null;
  at: string;
  late: boolean;
};
/** A graded answer in a counted attempt; `rubric` is a written answer's returned level and comment. */
export type GradedRow = { itemId: string; correct: boolean; rubric: { level: number; comment: string | null } | null };
export type ChoiceRow = { itemId: string; rowId: string; field: string; choice: string };

export type ReportRows = {
  displayName: string;
  defaultLocale: string;
  countedAttempt: string;
  readingLocale: string | null;
  counted: CountedRow[];
  graded: GradedRow[];
  choices: ChoiceRow[];
};

/**
 * What a student's report on a lesson is made of, in one query: the counted attempt at each quiz (the class's rule, as
 * on the roster), the graded answers in them with each choice unpacked (as the item analysis does), and the language
 * they read in. Null when the learner is not a student of that class, or (given a teacher) not of their class.
 */
export async function readReportRows(
  teacherId: string | null,
  classId: string,
  learnerId: string,
  lessonSlug: string,
): Promise<ReportRows | null> {
  const [row] = await db().prisma.$queryRaw<ReportRows[]>`
    WITH student AS (
      SELECT l."id", l."displayName", c."id" AS "classId", c."defaultLocale", c."countedAttempt"
      FROM "Learner" l JOIN "Class" c ON c."id" = l."classId"
      WHERE l."id" = ${learnerId}::uuid AND c."id" = ${classId}::uuid
        AND (${teacherId}::uuid IS NULL OR c."teacherId" = ${teacherId}::uuid)
    ),
    counted AS (
      SELECT DISTINCT ON (q."quizId") q."id", q."quizId", q."status", q."pointsEarned" AS "earned",
             q."pointsPossible" AS "possible", q."locale", COALESCE(q."submittedAt", q."startedAt") AS "at",
             ${lateSql('q')} AS "late"
      FROM "QuizAttempt" q
      JOIN student s ON s."id" = q."learnerId"
      JOIN "Class" c ON c."id" = s."classId"
      LEFT JOIN "Assignment" asg ON asg."classId" = c."id" AND asg."lessonSlug" = q."lessonSlug"
      WHERE q."lessonSlug" = ${lessonSlug} AND ${CLASS_ATTEMPT}
      ORDER BY q."quizId", ${COUNTED_ATTEMPT_ORDER}
    ),
    graded AS (
      SELECT a."itemId", a."response", a."correct", a."grade"
      FROM "QuizAnswer" a JOIN counted ON counted."id" = a."attemptId"
      WHERE a."correct" IS NOT NULL
    ),
    choices AS (
${GRADED_CHOICES}
    )
    SELECT s."displayName", s."defaultLocale", s."countedAttempt",
           (SELECT rp."locale" FROM "ReadingProgress" rp WHERE rp."learnerId" = s."id" AND rp."lessonSlug" = ${lessonSlug}) AS "readingLocale",
           COALESCE((SELECT json_agg(json_build_object('quizId', "quizId", 'status', "status", 'earned', "earned",
             'possible', "possible", 'locale', "locale", 'at', "at", 'late', "late")) FROM counted), '[]') AS "counted",
           COALESCE((SELECT json_agg(json_build_object('itemId', g."itemId", 'correct', g."correct",
             'rubric', g."grade"->'rubric')) FROM graded g), '[]') AS "graded",
           COALESCE((SELECT json_agg(json_build_object('itemId', "itemId", 'rowId', "rowId", 'field', "field",
             'choice', choice)) FROM choices WHERE choice IS NOT NULL), '[]') AS "choices"
    FROM student s`;
  return row ? { ...row, displayName: row.displayName ?? '' } : null;
}
