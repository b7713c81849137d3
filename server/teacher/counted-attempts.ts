import 'server-only';
import { CHECKPOINT_QUIZ_ID } from '@/content/quiz-schema';
import { Prisma } from '@/generated/prisma/client';

/**
 * The ORDER BY keys that put the counted attempt first among one student's attempts at one quiz, following the
 * rule of their class (`c."countedAttempt"`), for `SELECT DISTINCT ON (learner, quiz) … FROM "QuizAttempt" q` with
 * the class joined as `c`. Written once, in SQL, so that one query can serve classes with different rules.
 * - latest: the highest attempt number (in progress or not);
 * - first: attempt 1;
 * - best: the submitted attempt with the highest score (the later one on a tie); with none submitted, the latest.
 */
export const COUNTED_ATTEMPT_ORDER = Prisma.sql`
  CASE WHEN c."countedAttempt" = 'best' THEN q."status" = 'submitted' END DESC NULLS LAST,
  CASE WHEN c."countedAttempt" = 'best' AND q."status" = 'submitted' THEN q."pointsEarned" / NULLIF(q."pointsPossible", 0) END DESC NULLS LAST,
  CASE WHEN c."countedAttempt" = 'first' THEN q."number" ELSE -q."number" END ASC`;

/**
 * Class attempts at the lesson's quizzes only: practice (guest work from before joining) never counts, and guided
 * reading's checkpoints are a gate in the text, not a quiz: no score, status or CSV row of their own.
 */
export const CLASS_ATTEMPT = Prisma.sql`q."practice" = false AND q."quizId" <> ${CHECKPOINT_QUIZ_ID}`;
