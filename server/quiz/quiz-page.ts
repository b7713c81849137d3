import 'server-only';
import { randomInt } from 'node:crypto';
import { QuizIdSchema, type QuizId } from '@/content/quiz-schema';
import { assignmentNotice, withExtendedDays } from '@/lib/assignments/window';
import type { AttemptSummary, FeedbackMode } from '@/lib/quiz/attempt-summary';
import type { QuizAttemptView } from '@/lib/quiz/quiz-learner-state';
import { MAX_ORDER_SEED } from '@/lib/quiz/option-order';
import type { Prisma } from '@/generated/prisma/client';
import { derivedOptionSeed, toSavedAnswer, toSummary, type AttemptRow } from './attempts';
import { QUIZ_IDS } from '@/content/lesson-files';
import { db } from '../db/client';
import { getLesson, lessonSlugs } from '../lessons';
import { answerLabels } from './answer-labels';
import { toFeedback } from './answer-words';
import { toPublicQuiz } from './public-quiz';
import { currentLearnerToken, queueOwnerOf } from '../auth/learner-session';
import { storedTokenHash } from '../auth/tokens';
import { keepSessionAlive } from '../auth/learner-sessions';
import { storedSupportProfile } from '../supports/profiles';
import { quizSupportsFor } from '../supports/quiz-supports';

export type QuizPageData = QuizAttemptView & { attempt: AttemptSummary | null };

/** The session of a token, its learner's class rules, and the learner's latest class attempt with its answers. */
type QuizStateRow = {
  sessionId: string;
  learnerId: string;
  createdAt: Date;
  lastSeenAt: Date;
  classFeedbackMode: string | null;
  /** The class's assignment of the lesson, with the learner's extension; all null without one. */
  assignmentOpensAt: Date | null;
  assignmentDueAt: Date | null;
  assignmentClosesAt: Date | null;
  extendedUntil: Date | null;
  /** The teacher has locked this quiz for the class; it does not count (practice). False without an assignment. */
  quizLocked: boolean;
  quizPractice: boolean;
  /** The student's support profile as stored (null: the default), and their own choices among its offers. */
  supportProfile: unknown;
  supportsChosen: string[];
  /** Their extended dates: how many days later their due and close dates come. */
  extendedDays: number;
  attempt: AttemptRow | null;
  answers: {
    itemId: string;
    response: Prisma.JsonValue;
    seq: number;
    checkedAt: string | null;
    score: number | null;
    grade: Prisma.JsonValue;
  }[];
};

/**
 * One read, each part through a primary key or unique index: with the quiz page prerendered, this is what each visit
 * of a quiz costs (GET /api/{locale}/lessons/{slug}/quizzes/{quizId}/state). A session of an archived class finds
 * nothing, as in findLearnerIdByToken; practice attempts (made as a guest) are not the class attempt.
 */
async function readQuizState(tokenHash: string, slug: string, quizId: QuizId): Promise<QuizStateRow | null> {
  const rows = await db().prisma.$queryRaw<(Omit<QuizStateRow, 'attempt'> & Partial<AttemptRow>)[]>`
    SELECT s."id" AS "sessionId", s."learnerId", s."createdAt", s."lastSeenAt", c."feedbackMode" AS "classFeedbackMode",
           asg."opensAt" AS "assignmentOpensAt", asg."dueAt" AS "assignmentDueAt", asg."closesAt" AS "assignmentClosesAt",
           ext."closesAt" AS "extendedUntil",
           COALESCE(${quizId} = ANY(asg."lockedQuizIds"), false) AS "quizLocked",
           COALESCE(${quizId} = ANY(asg."practiceQuizIds"), false) AS "quizPractice",
           l."supportProfile", l."supportsChosen", l."extendedDays",
           a."id", a."number", a."status", a."feedbackMode", a."submittedAt", a."pointsEarned", a."pointsPossible",
           a."optionSeed", a."practice",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'itemId', q."itemId", 'response', q."response", 'seq', q."seq", 'checkedAt', q."checkedAt",
                      'score', q."score", 'grade', q."grade"))
             FROM "QuizAnswer" q
             WHERE q."attemptId" = a."id"
           ), '[]'::json) AS "answers"
    FROM "LearnerSession" s
    JOIN "Learner" l ON l."id" = s."learnerId"
    LEFT JOIN "Class" c ON c."id" = l."classId"
    LEFT JOIN "Assignment" asg ON asg."classId" = c."id" AND asg."lessonSlug" = ${slug}
    LEFT JOIN "AssignmentExtension" ext ON ext."assignmentId" = asg."id" AND ext."learnerId" = l."id"
    LEFT JOIN LATERAL (
      SELECT * FROM "QuizAttempt" x
      WHERE x."learnerId" = s."learnerId" AND x."lessonSlug" = ${slug} AND x."quizId" = ${quizId}
        AND x."practice" = false
      ORDER BY x."number" DESC
      LIMIT 1
    ) a ON true
    WHERE s."tokenHash" = ${tokenHash} AND (l."classId" IS NULL OR c."archivedAt" IS NULL)`;
  const row = rows[0];
  if (!row) return null;
  // The attempt's columns come flat, all null when the learner has none.
  const {
    sessionId,
    learnerId,
    createdAt,
    lastSeenAt,
    classFeedbackMode,
    assignmentOpensAt,
    assignmentDueAt,
    assignmentClosesAt,
    extendedUntil,
    quizLocked,
    quizPractice,
    supportProfile,
    supportsChosen,
    extendedDays,
    answers,
    ...attempt
  } = row;
  return {
    sessionId,
    learnerId,
    createdAt,
    lastSeenAt,
    classFeedbackMode,
    assignmentOpensAt,
    assignmentDueAt,
    assignmentClosesAt,
    extendedUntil,
    quizLocked,
    quizPractice,
    supportProfile,
    supportsChosen,
    extendedDays,
    answers,
    attempt: attempt.id ? (attempt as AttemptRow) : null,
  };
}

/** The signed-in learner's row, or null for a visitor (no session, a malformed or expired one). */
async function currentQuizState(slug: string, quizId: QuizId): Promise<QuizStateRow | null> {
  const tokenHash = storedTokenHash(await currentLearnerToken());
  const row = tokenHash ? await readQuizState(tokenHash, slug, quizId) : null;
  if (!row || !(await keepSessionAlive({ id: row.sessionId, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt })))
    return null;
  return row;
}

/** Everything the quiz page shows for the signed-in learner; null when the lesson or quiz does not exist. */
export async function loadQuizPage(slug: string, quizId: string, language: 'en' | 'es'): Promise<QuizPageData | null> {
  const lesson = getLesson(slug);
  const id = QuizIdSchema.safeParse(quizId);
  if (!lesson || !id.success || !lesson.quizzes.some((quiz) => quiz.id === id.data)) return null;
  const state = await currentQuizState(slug, id.data);
  const learnerId = state?.learnerId ?? null;
  const attempt = state?.attempt ? toSummary(state.attempt) : null;
  const optionSeed =
    attempt?.optionSeed ?? (learnerId ? derivedOptionSeed(learnerId, slug, id.data, 1) : randomInt(MAX_ORDER_SEED));
  const quiz = toPublicQuiz(lesson, id.data, language, optionSeed)!;
  const content = lesson.quizzes.find((candidate) => candidate.id === id.data)!;
  const labels = await answerLabels(language);
  const answers: QuizPageData['answers'] = {};
  const feedback: QuizPageData['feedback'] = {};
  for (const answer of state?.answers ?? []) {
    const saved = toSavedAnswer(content, answer);
    answers[saved.itemId] = { response: saved.response, seq: saved.seq, checked: saved.checked };
    const item = content.items.find((candidate) => candidate.id === saved.itemId);
    // A checked answer's grade was stored when it was checked: the page shows it, it does not grade again.
    if (item && saved.checked && saved.grade)
      feedback[item.id] = toFeedback(lesson, item, saved.grade, language, labels, optionSeed);
  }
  const classMode: FeedbackMode = state?.classFeedbackMode === 'deferred' ? 'deferred' : 'immediate';
  const feedbackMode = attempt?.feedbackMode ?? classMode;
  const assignment = assignmentNotice(
    state?.assignmentOpensAt && state.assignmentDueAt
      ? {
          ...withExtendedDays(
            { opensAt: state.assignmentOpensAt, dueAt: state.assignmentDueAt, closesAt: state.assignmentClosesAt },
            state.extendedDays,
          ),
          extendedUntil: state.extendedUntil,
          locked: state.quizLocked,
          graded: !state.quizPractice,
        }
      : null,
    new Date(),
  );
  const queueOwner = queueOwnerOf(learnerId);
  const supports = quizSupportsFor(
    { profile: storedSupportProfile(state?.supportProfile ?? null), chosen: state?.supportsChosen ?? [] },
    lesson,
    id.data,
    language,
    optionSeed,
  );
  return { quiz, attempt, feedbackMode, answers, feedback, optionSeed, queueOwner, assignment, supports };
}

/** Every (lesson, quiz) pair, for the quiz routes' static params. */
export function quizRouteParams(): { slug: string; quizId: string }[] {
  return lessonSlugs().flatMap((slug) => QUIZ_IDS.map((quizId) => ({ slug, quizId })));
}
