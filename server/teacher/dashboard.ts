import 'server-only';
import type { QuizId } from '@/content/quiz-schema';
import { toCountedAttempt } from '@/lib/counted-attempt';
import type {
  ClassOverview,
  ClassProgress,
  QuizProgress,
  RosterRow,
  StudentStatus,
} from '@/lib/dashboard/class-overview';
import { percent } from '@/lib/percent';
import { isUuid } from '@/lib/ids';
import { workingLanguage } from '@/lib/dashboard/working-language';
import { lateSql } from '../assignments/late';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from './counted-attempts';
import { db } from '../db/client';

type Row = {
  id: string;
  displayName: string | null;
  joinedAt: Date;
  furthestParagraph: number | null;
  readingLocale: string | null;
  readAt: Date | null;
  answeredAt: Date | null;
  attempts: {
    quizId: string;
    status: string;
    earned: number | null;
    possible: number | null;
    locale: string | null;
    at: string;
    answered: number;
    late: boolean | null;
  }[];
};

/**
 * Where each student of one of the teacher's classes stands in a lesson: one grouped query (the counted attempt per
 * quiz, by the class's rule, through a lateral join), scoped to the teacher in the same query. Practice attempts
 * (guest work from before joining) are left out.
 */
export async function getClassOverview(
  teacherId: string,
  classId: string,
  lesson: { slug: string; paragraphCount: number; quizIds: readonly QuizId[] },
): Promise<ClassOverview | null> {
  if (!isUuid(classId)) return null;
  const owned = await db().prisma.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      countedAttempt: true,
      assignments: { where: { lessonSlug: lesson.slug }, select: { practiceQuizIds: true } },
    },
  });
  if (!owned) return null;
  // The quizzes that count in the class's assignment of the lesson (all of them without one): a practice quiz is
  // neither waited for ("submitted") nor flagged late, nor in the average.
  const practice = owned.assignments[0]?.practiceQuizIds ?? [];
  const countedQuizIds = lesson.quizIds.filter((quizId) => !practice.includes(quizId));
  const rows = await db().prisma.$queryRaw<Row[]>`
    SELECT l."id", l."displayName", COALESCE(l."joinedAt", l."createdAt") AS "joinedAt",
           rp."furthestParagraph", rp."locale" AS "readingLocale", rp."updatedAt" AS "readAt",
           (SELECT max(a."updatedAt") FROM "QuizAnswer" a JOIN "QuizAttempt" x ON x."id" = a."attemptId"
             WHERE x."learnerId" = l."id" AND x."lessonSlug" = ${lesson.slug} AND x."practice" = false) AS "answeredAt",
           COALESCE(json_agg(json_build_object(
             'quizId', t."quizId", 'status', t."status", 'earned', t."pointsEarned", 'possible', t."pointsPossible",
             'locale', t."locale", 'at', COALESCE(t."submittedAt", t."startedAt"),
             'answered', (SELECT count(*) FROM "QuizAnswer" a WHERE a."attemptId" = t."id"),
             'late', ${lateSql('t')}
           )) FILTER (WHERE t."id" IS NOT NULL), '[]') AS "attempts"
    FROM "Learner" l
    JOIN "Class" c ON c."id" = l."classId" AND c."id" = ${classId}::uuid AND c."teacherId" = ${teacherId}::uuid
    LEFT JOIN "ReadingProgress" rp ON rp."learnerId" = l."id" AND rp."lessonSlug" = ${lesson.slug}
    LEFT JOIN "Assignment" asg ON asg."classId" = c."id" AND asg."lessonSlug" = ${lesson.slug}
    LEFT JOIN LATERAL (
      SELECT DISTINCT ON (q."quizId") q.* FROM "QuizAttempt" q
      WHERE q."learnerId" = l."id" AND q."lessonSlug" = ${lesson.slug} AND ${CLASS_ATTEMPT}
      ORDER BY q."quizId", ${COUNTED_ATTEMPT_ORDER}
    ) t ON true
    GROUP BY l."id", rp."furthestParagraph", rp."locale", rp."updatedAt", asg."dueAt"`;
  const countedAttempt = toCountedAttempt(owned.countedAttempt);
  const students = rows.map((row) => toRosterRow(row, lesson, countedQuizIds));
  const submittedScores = students.flatMap((student) =>
    countedQuizIds
      .map((quizId) => student.scores[quizId])
      .filter((score): score is number => score !== null && score !== undefined),
  );
  return {
    joined: students.length,
    finished: students.filter((student) => student.status === 'submitted').length,
    averagePercent: submittedScores.length
      ? Math.round(submittedScores.reduce((sum, score) => sum + score, 0) / submittedScores.length)
      : null,
    countedAttempt,
    students,
  };
}

/** Turns one student's row into what the roster shows. */
function toRosterRow(
  row: Row,
  lesson: { paragraphCount: number; quizIds: readonly QuizId[] },
  countedQuizIds: readonly QuizId[],
): RosterRow {
  const counted = new Map(row.attempts.map((attempt) => [attempt.quizId, attempt]));
  const scores: RosterRow['scores'] = {};
  const quizzes: RosterRow['quizzes'] = {};
  for (const quizId of lesson.quizIds) {
    const attempt = counted.get(quizId);
    scores[quizId] = attempt?.status === 'submitted' ? percent(attempt.earned ?? 0, attempt.possible ?? 0) : null;
    const status: QuizProgress['status'] = !attempt
      ? 'not-started'
      : attempt.status === 'submitted'
        ? 'submitted'
        : 'in-progress';
    const late = attempt?.late && countedQuizIds.includes(quizId);
    quizzes[quizId] = { status, answered: attempt?.answered ?? 0, ...(late ? { late: true as const } : {}) };
  }
  const states = Object.values(quizzes).map((quiz) => quiz.status);
  // A student who submitted one quiz and has not opened the next is between quizzes, not in one; one who submitted
  // every quiz that counts has submitted, whatever they do with a practice quiz.
  const status: StudentStatus = countedQuizIds.every((quizId) => quizzes[quizId]?.status === 'submitted')
    ? 'submitted'
    : states.includes('in-progress')
      ? 'quiz-in-progress'
      : states.includes('submitted')
        ? 'between-quizzes'
        : row.furthestParagraph
          ? 'reading'
          : 'not-started';
  const times = [row.readAt, row.answeredAt, ...row.attempts.map((attempt) => new Date(attempt.at))].filter(
    (time): time is Date => time !== null,
  );
  return {
    id: row.id,
    displayName: row.displayName ?? '',
    status,
    readingPercent: percent(row.furthestParagraph ?? 0, lesson.paragraphCount) ?? 0,
    scores,
    quizzes,
    language: workingLanguage(row.attempts, row.readingLocale),
    joinedAt: new Date(row.joinedAt),
    lastActivity: times.length ? new Date(Math.max(...times.map((time) => new Date(time).getTime()))) : null,
  };
}

/**
 * Every class of a teacher at a glance: students joined, students who submitted every quiz, and the average of the
 * counted submitted scores (the same figures as each class's overview, each class by its own rule), in one grouped
 * query.
 */
export async function getTeacherSummary(
  teacherId: string,
  lesson: { slug: string; quizIds: readonly QuizId[] },
): Promise<Map<string, ClassProgress>> {
  if (!isUuid(teacherId)) return new Map();
  const rows = await db().prisma.$queryRaw<ClassProgress[]>`
    WITH students AS (
      SELECT l."id", l."classId" FROM "Learner" l JOIN "Class" c ON c."id" = l."classId" WHERE c."teacherId" = ${teacherId}::uuid
    ),
    counted AS (
      SELECT DISTINCT ON (q."learnerId", q."quizId") s."classId", q."learnerId", q."status", q."pointsEarned", q."pointsPossible"
      FROM "QuizAttempt" q JOIN students s ON s."id" = q."learnerId" JOIN "Class" c ON c."id" = s."classId"
      WHERE q."lessonSlug" = ${lesson.slug} AND ${CLASS_ATTEMPT}
      ORDER BY q."learnerId", q."quizId", ${COUNTED_ATTEMPT_ORDER}
    ),
    finished AS (
      SELECT "classId", count(*) AS "finished" FROM (
        SELECT "classId", "learnerId" FROM counted WHERE "status" = 'submitted' GROUP BY 1, 2 HAVING count(*) >= ${lesson.quizIds.length}
      ) done GROUP BY 1
    ),
    scores AS (
      SELECT "classId", avg(100.0 * "pointsEarned" / "pointsPossible") AS "average"
      FROM counted WHERE "status" = 'submitted' AND "pointsPossible" > 0 GROUP BY 1
    ),
    joined AS (SELECT "classId", count(*) AS "joined" FROM students GROUP BY 1)
    SELECT c."id" AS "classId", COALESCE(j."joined", 0)::int AS "joined", COALESCE(f."finished", 0)::int AS "finished",
           round(s."average")::int AS "averagePercent"
    FROM "Class" c
    LEFT JOIN joined j ON j."classId" = c."id"
    LEFT JOIN finished f ON f."classId" = c."id"
    LEFT JOIN scores s ON s."classId" = c."id"
    WHERE c."teacherId" = ${teacherId}::uuid`;
  return new Map(rows.map((row) => [row.classId, row]));
}
