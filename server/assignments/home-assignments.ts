import 'server-only';
import type { Locale } from '@/i18n/routing';
import { homeOrder, quizProgress, type HomeAssignment } from '@/lib/assignments/quiz-progress';
import { assignmentNotice, quizTerms, withExtendedDays } from '@/lib/assignments/window';
import { currentLearnerId } from '../auth/learner-session';
import { db } from '../db/client';
import { getLesson } from '../lessons';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from '../teacher/counted-attempts';

/** One assignment of the learner's class with one counted attempt of theirs (quiz columns null without any). */
type Row = {
  lessonSlug: string | null;
  opensAt: Date | null;
  dueAt: Date | null;
  closesAt: Date | null;
  extendedUntil: Date | null;
  /** The student's extended dates: how many days later their due and close dates come. */
  extendedDays: number;
  lockedQuizIds: string[] | null;
  practiceQuizIds: string[] | null;
  quizId: string | null;
  status: string | null;
  submittedAt: Date | null;
};

/**
 * One statement: the learner's class's assignments, their own extension of each, and their counted attempt at each
 * quiz by the class's rule (as on the roster). No row for a guest; one row with no lesson for a class without any.
 */
async function readHomeRows(learnerId: string): Promise<Row[]> {
  return db().prisma.$queryRaw<Row[]>`
    SELECT asg."lessonSlug", asg."opensAt", asg."dueAt", asg."closesAt", ext."closesAt" AS "extendedUntil", l."extendedDays",
           asg."lockedQuizIds", asg."practiceQuizIds", t."quizId", t."status", t."submittedAt"
    FROM "Learner" l
    JOIN "Class" c ON c."id" = l."classId"
    LEFT JOIN "Assignment" asg ON asg."classId" = c."id"
    LEFT JOIN "AssignmentExtension" ext ON ext."assignmentId" = asg."id" AND ext."learnerId" = l."id"
    LEFT JOIN LATERAL (
      SELECT DISTINCT ON (q."quizId") q."quizId", q."status", q."submittedAt"
      FROM "QuizAttempt" q
      WHERE q."learnerId" = l."id" AND q."lessonSlug" = asg."lessonSlug" AND ${CLASS_ATTEMPT}
      ORDER BY q."quizId", ${COUNTED_ATTEMPT_ORDER}
    ) t ON true
    WHERE l."id" = ${learnerId}::uuid`;
}

const countedAttempt = (rows: Row[], quizId: string) => {
  const row = rows.find((candidate) => candidate.quizId === quizId);
  return row ? { status: row.status ?? '', submittedAt: row.submittedAt } : null;
};

/**
 * The assignments a student sees on their home page, in its order (lib/assignments/quiz-progress.ts), with the
 * lesson and quiz titles in `locale`; an empty list for a class without any, null for a guest (no class).
 */
export async function homeAssignments(
  learnerId: string,
  locale: Locale,
  now: Date = new Date(),
): Promise<HomeAssignment[] | null> {
  const rows = await readHomeRows(learnerId);
  if (!rows.length) return null;
  const bySlug = new Map<string, Row[]>();
  for (const row of rows) if (row.lessonSlug) bySlug.set(row.lessonSlug, [...(bySlug.get(row.lessonSlug) ?? []), row]);
  return [...bySlug]
    .flatMap(([slug, attempts]): HomeAssignment[] => {
      // An assignment of a lesson whose folder was removed has nothing to open.
      const lesson = getLesson(slug);
      const [first] = attempts as [Row];
      const { opensAt, dueAt, closesAt, extendedUntil, extendedDays } = first;
      if (!lesson || !opensAt || !dueAt) return [];
      // The student's own dates: their extended dates put the due and close dates back.
      const dates = { ...withExtendedDays({ opensAt, dueAt, closesAt }, extendedDays), extendedUntil };
      return [
        {
          lessonSlug: slug,
          title: lesson.meta.title[locale],
          notice: assignmentNotice(dates, now)!,
          quizzes: lesson.quizzes.map((quiz) => {
            // The quiz's own terms, by the same rule as its quiz page: locked for this student, and whether it counts.
            const { locked, graded } = assignmentNotice({ ...dates, ...quizTerms(quiz.id, first) }, now)!;
            return {
              id: quiz.id,
              title: quiz.title[locale],
              progress: quizProgress(countedAttempt(attempts, quiz.id), dates.dueAt),
              locked,
              graded,
            };
          }),
        },
      ];
    })
    .sort(homeOrder);
}

/** The signed-in student's home page assignments; null for a guest or a visitor. */
export async function myHomeAssignments(locale: Locale): Promise<HomeAssignment[] | null> {
  const learnerId = await currentLearnerId();
  return learnerId ? homeAssignments(learnerId, locale) : null;
}
