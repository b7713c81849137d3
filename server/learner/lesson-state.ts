import 'server-only';
import { pacingNow, toPacing } from '@/lib/assignments/pacing';
import { assignmentNotice, quizTerms, withExtendedDays } from '@/lib/assignments/window';
import { scoreToLevel } from '@/lib/familiarity-levels';
import { visitorLessonState, type LessonLearnerState } from '@/lib/lesson-learner-state';
import { quizStatusesOf, type AttemptSummary } from '@/lib/quiz/quiz-status';
import { readingSupports, startingReadingPreference } from '@/lib/supports/appearance';
import { ReadingPreferenceSchema } from '@/lib/reading-preferences-schema';
import type { Lesson } from '@/content/lesson-schema';
import type { QuizId } from '@/content/quiz-schema';
import { db } from '../db/client';
import { storedTokenHash } from '../auth/tokens';
import { currentLearnerToken, queueOwnerOf } from '../auth/learner-session';
import { storedSupportProfile } from '../supports/profiles';
import { keepSessionAlive } from '../auth/learner-sessions';
import { REVISION_ASKED, UNSEEN_FEEDBACK } from '../quiz/teacher-feedback';

/** The session of a token with everything of its learner that the reading page of one lesson shows. */
type LessonStateRow = {
  sessionId: string;
  learnerId: string;
  createdAt: Date;
  lastSeenAt: Date;
  displayName: string | null;
  className: string | null;
  familiarity: number | null;
  furthestParagraph: number | null;
  textSize: string | null;
  lineSpacing: string | null;
  /** The student's support profile as stored (null: the default), and their own choices among its offers. */
  supportProfile: unknown;
  supportsChosen: string[];
  /** Their extended dates: how many days later their due and close dates come. */
  extendedDays: number;
  /** Newest first. */
  attempts: AttemptSummary[];
  /** The class's assignment of the lesson, with the learner's extension; all null without one. */
  opensAt: Date | null;
  dueAt: Date | null;
  closesAt: Date | null;
  extendedUntil: Date | null;
  pacing: string | null;
  /** The quizzes locked for the class, and those that do not count; null without an assignment. */
  lockedQuizIds: string[] | null;
  practiceQuizIds: string[] | null;
};

/**
 * One read, each part through a primary key or unique index: the reading page's state is loaded on every visit of
 * every student (the prerendered page asks GET /api/{locale}/lessons/{slug}/state), so its cost is the lesson page's.
 * A session of an archived class finds nothing, as in findLearnerIdByToken.
 */
async function readLessonState(tokenHash: string, slug: string): Promise<LessonStateRow | null> {
  const rows = await db().prisma.$queryRaw<LessonStateRow[]>`
    SELECT s."id" AS "sessionId", s."learnerId", s."createdAt", s."lastSeenAt",
           l."displayName", c."name" AS "className",
           f."level" AS "familiarity", r."furthestParagraph", p."textSize", p."lineSpacing",
           l."supportProfile", l."supportsChosen", l."extendedDays",
           asg."opensAt", asg."dueAt", asg."closesAt", ext."closesAt" AS "extendedUntil", asg."pacing",
           asg."lockedQuizIds", asg."practiceQuizIds",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', q."id", 'quizId', q."quizId", 'status', q."status", 'practice', q."practice",
                      'pointsEarned', q."pointsEarned", 'pointsPossible', q."pointsPossible",
                      'answered', CASE WHEN q."status" = 'in_progress' THEN
                        (SELECT count(*) FROM "QuizAnswer" a WHERE a."attemptId" = q."id") END,
                      'feedbackUnseen', ${UNSEEN_FEEDBACK}, 'reviseAsked', ${REVISION_ASKED}
                    ) ORDER BY q."number" DESC)
             FROM "QuizAttempt" q
             WHERE q."learnerId" = s."learnerId" AND q."lessonSlug" = ${slug}
           ), '[]'::json) AS "attempts"
    FROM "LearnerSession" s
    JOIN "Learner" l ON l."id" = s."learnerId"
    LEFT JOIN "Class" c ON c."id" = l."classId"
    LEFT JOIN "TopicFamiliarity" f ON f."learnerId" = s."learnerId" AND f."lessonSlug" = ${slug}
    LEFT JOIN "ReadingProgress" r ON r."learnerId" = s."learnerId" AND r."lessonSlug" = ${slug}
    LEFT JOIN "ReadingPreference" p ON p."learnerId" = s."learnerId"
    LEFT JOIN "Assignment" asg ON asg."classId" = c."id" AND asg."lessonSlug" = ${slug}
    LEFT JOIN "AssignmentExtension" ext ON ext."assignmentId" = asg."id" AND ext."learnerId" = l."id"
    WHERE s."tokenHash" = ${tokenHash} AND (l."classId" IS NULL OR c."archivedAt" IS NULL)`;
  return rows[0] ?? null;
}

/** The signed-in learner's part of a lesson's reading page (a visitor's defaults without a valid session). */
export async function getCurrentLessonState(lesson: Pick<Lesson, 'slug' | 'quizzes'>): Promise<LessonLearnerState> {
  const tokenHash = storedTokenHash(await currentLearnerToken());
  const row = tokenHash ? await readLessonState(tokenHash, lesson.slug) : null;
  if (!row || !(await keepSessionAlive({ id: row.sessionId, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt })))
    return visitorLessonState(lesson.quizzes);
  // Stored values went through their schemas on the way in; parse again so a stale value falls back to the default,
  // which is where the profile's text settings start the student (they have saved none of their own).
  const preference = ReadingPreferenceSchema.safeParse({ textSize: row.textSize, lineSpacing: row.lineSpacing });
  const profile = storedSupportProfile(row.supportProfile);
  const starting = startingReadingPreference(profile);
  const now = new Date();
  // The student's own dates: their extended dates put the due and close dates back.
  const own =
    row.opensAt && row.dueAt
      ? withExtendedDays({ opensAt: row.opensAt, dueAt: row.dueAt, closesAt: row.closesAt }, row.extendedDays)
      : null;
  const dates = own && { ...own, extendedUntil: row.extendedUntil };
  return {
    student:
      row.className === null
        ? null
        : { displayName: row.displayName ?? '', className: row.className, queueOwner: queueOwnerOf(row.learnerId) },
    queueOwner: queueOwnerOf(row.learnerId),
    familiarity: row.familiarity === null ? null : scoreToLevel(row.familiarity),
    reading: {
      furthestParagraph: row.furthestParagraph ?? 0,
      preference: preference.success ? preference.data : starting,
    },
    quizStatuses: quizStatusesOf(lesson.quizzes, row.attempts),
    feedback: row.attempts.flatMap((attempt) =>
      attempt.feedbackUnseen || attempt.reviseAsked
        ? [{ quizId: attempt.quizId as QuizId, attemptId: attempt.id, revise: !!attempt.reviseAsked }]
        : [],
    ),
    // Locked for this student by the window rule itself: a running extension lets them in, so no "locked" here.
    lockedQuizIds: lesson.quizzes.flatMap(({ id }) =>
      assignmentNotice(dates && { ...dates, ...quizTerms(id, row) }, now)?.locked ? [id] : [],
    ),
    practiceQuizIds: lesson.quizzes.flatMap(({ id }) => (quizTerms(id, row).graded ? [] : [id])),
    assignment: assignmentNotice(dates, now),
    pacing: pacingNow(dates && { ...dates, pacing: toPacing(row.pacing) }, new Date()),
    supports: readingSupports(profile, row.supportsChosen),
  };
}
