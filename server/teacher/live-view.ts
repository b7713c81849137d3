import 'server-only';
import type { Quiz, QuizId } from '@/content/quiz-schema';
import { livePlace, liveState, toStuckAfter, type LiveRow, type StuckAfterMinutes } from '@/lib/dashboard/live-status';
import { isUuid } from '@/lib/ids';
import { db } from '../db/client';

export type LiveView = { stuckAfterMinutes: StuckAfterMinutes; students: LiveRow[] };

type Row = {
  stuckAfterMinutes: number;
  id: string | null;
  displayName: string | null;
  furthestParagraph: number | null;
  quizId: string | null;
  status: string | null;
  feedbackMode: string | null;
  answers: { itemId: string; checked: boolean }[] | null;
  lastAction: Date | null;
};

/**
 * Where every student of one of the teacher's classes is in a lesson, for the live view: one statement, scoped to the
 * teacher, each part through an index (Learner by class, ReadingProgress and QuizAttempt by learner and lesson,
 * QuizAnswer by attempt). The position attempt is the newest open class attempt, else the newest submitted one; its
 * answers come along only while it is open. The last action is the latest reading progress, attempt start or submit,
 * or answer save of an open attempt (a submitted attempt's answers were all saved before its submit; a teacher's
 * scoring later touches them and is no action of the student's). `now` is a parameter so that tests set the clock.
 */
export async function getLiveView(
  teacherId: string,
  classId: string,
  lesson: { slug: string; paragraphCount: number; quizzes: readonly Pick<Quiz, 'id' | 'items'>[] },
  now: Date,
): Promise<LiveView | null> {
  if (!isUuid(classId) || !isUuid(teacherId)) return null;
  const rows = await db().prisma.$queryRaw<Row[]>`
    SELECT c."stuckAfterMinutes", l."id", l."displayName", rp."furthestParagraph",
           pos."quizId", pos."status", pos."feedbackMode", pos."answers",
           GREATEST(rp."updatedAt", act."at") AS "lastAction"
    FROM "Class" c
    LEFT JOIN "Learner" l ON l."classId" = c."id"
    LEFT JOIN LATERAL (
      -- One row by its primary key; LIMIT keeps the planner from hashing the whole table for a class's few rows.
      SELECT r."furthestParagraph", r."updatedAt" FROM "ReadingProgress" r
      WHERE r."learnerId" = l."id" AND r."lessonSlug" = ${lesson.slug}
      LIMIT 1
    ) rp ON true
    LEFT JOIN LATERAL (
      SELECT x."quizId", x."status", x."feedbackMode",
             CASE WHEN x."status" = 'in_progress' THEN (
               SELECT json_agg(json_build_object('itemId', a."itemId", 'checked', a."checkedAt" IS NOT NULL))
               FROM "QuizAnswer" a WHERE a."attemptId" = x."id"
             ) END AS "answers"
      FROM "QuizAttempt" x
      WHERE x."learnerId" = l."id" AND x."lessonSlug" = ${lesson.slug} AND x."practice" = false
      ORDER BY x."status" = 'in_progress' DESC, COALESCE(x."submittedAt", x."startedAt") DESC
      LIMIT 1
    ) pos ON true
    LEFT JOIN LATERAL (
      SELECT max(GREATEST(x."startedAt", x."submittedAt", CASE WHEN x."status" = 'in_progress' THEN (
               SELECT max(a."updatedAt") FROM "QuizAnswer" a WHERE a."attemptId" = x."id"
             ) END)) AS "at"
      FROM "QuizAttempt" x
      WHERE x."learnerId" = l."id" AND x."lessonSlug" = ${lesson.slug} AND x."practice" = false
    ) act ON true
    WHERE c."id" = ${classId}::uuid AND c."teacherId" = ${teacherId}::uuid
    ORDER BY l."displayName"`;
  const first = rows[0];
  if (!first) return null;
  const stuckAfterMinutes = toStuckAfter(first.stuckAfterMinutes);
  const students = rows.flatMap((row) => (row.id ? [toLiveRow(row, lesson, now, stuckAfterMinutes)] : []));
  return { stuckAfterMinutes, students };
}

function toLiveRow(
  row: Row,
  lesson: { paragraphCount: number; quizzes: readonly Pick<Quiz, 'id' | 'items'>[] },
  now: Date,
  stuckAfterMinutes: number,
): LiveRow {
  const quiz = lesson.quizzes.find((candidate) => candidate.id === row.quizId);
  const attempt = quiz && {
    quizId: quiz.id as QuizId,
    submitted: row.status === 'submitted',
    feedbackMode: row.feedbackMode === 'deferred' ? ('deferred' as const) : ('immediate' as const),
    answers: Object.fromEntries((row.answers ?? []).map((answer) => [answer.itemId, { checked: answer.checked }])),
  };
  const place = livePlace(
    attempt ?? null,
    (quiz?.items ?? []).map((item) => item.id),
    row.furthestParagraph,
    lesson.paragraphCount,
  );
  const lastAction = row.lastAction ? new Date(row.lastAction) : null;
  return {
    id: row.id!,
    displayName: row.displayName ?? '',
    place,
    lastAction,
    state: liveState(place, lastAction, now, stuckAfterMinutes),
  };
}

/** Sets after how many idle minutes the class's live view flags a student as stuck; false when not the teacher's. */
export async function setStuckAfter(teacherId: string, classId: string, minutes: StuckAfterMinutes): Promise<boolean> {
  if (!isUuid(classId)) return false;
  const { count } = await db().prisma.class.updateMany({
    where: { id: classId, teacherId },
    data: { stuckAfterMinutes: minutes },
  });
  return count === 1;
}
