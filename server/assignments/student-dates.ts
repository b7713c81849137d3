import 'server-only';
import { Prisma } from '@/generated/prisma/client';

// A student's own due and close dates in SQL, for the statements that judge them there (the save gate, lateness):
// the assignment's, later by the extended dates of the student's support profile (Learner."extendedDays"). The same
// rule for dates read into the app: lib/assignments/window.ts `withExtendedDays`.

const later = (date: string, days: string) => Prisma.raw(`(${date} + make_interval(days => ${days}))`);

/** The close of the assignment aliased `asg` for the learner aliased `learner` in the query; null without a close. */
export const studentCloseSql = (asg: string, learner: string) =>
  later(`${asg}."closesAt"`, `${learner}."extendedDays"`);

/**
 * The due date of the assignment aliased `asg` for a student given by an SQL expression of their id: an attempt's
 * `t."learnerId"`, or an answer's attempt's (answerLearnerSql).
 */
export const studentDueSql = (learnerId: string) =>
  later(`asg."dueAt"`, `(SELECT s."extendedDays" FROM "Learner" s WHERE s."id" = ${learnerId})`);

/** The student of the answer aliased `a`, for studentDueSql. */
export const answerLearnerSql = `(SELECT w."learnerId" FROM "QuizAttempt" w WHERE w."id" = a."attemptId")`;
