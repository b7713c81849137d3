import 'server-only';
import type { QuizStatus } from '@/lib/quiz/quiz-status';
import { db } from '../db/client';
import { getLesson } from '../lessons';
import { currentLearnerId } from '../auth/learner-session';

/**
 * Where the signed-in learner stands in each quiz of a lesson (not started for a visitor without a session), and their
 * practice score from before they joined a class. Two reads for all the lesson's quizzes (their attempts, then the
 * answer counts of those in progress): the reading page's state is loaded on every visit (server/learner/lesson-state.ts).
 */
export async function getCurrentQuizStatuses(slug: string): Promise<QuizStatus[]> {
  const lesson = getLesson(slug);
  if (!lesson) return [];
  const learnerId = await currentLearnerId();
  // Every attempt of the learner's at this lesson, newest first within each quiz.
  const attempts = learnerId
    ? await db().prisma.quizAttempt.findMany({
        where: { learnerId, lessonSlug: slug },
        orderBy: { number: 'desc' },
        select: {
          id: true,
          quizId: true,
          status: true,
          practice: true,
          pointsEarned: true,
          pointsPossible: true,
        },
      })
    : [];
  const current = lesson.quizzes.map((quiz) =>
    attempts.find((attempt) => attempt.quizId === quiz.id && !attempt.practice),
  );
  const answered = await answerCounts(
    current.flatMap((attempt) => (attempt?.status === 'submitted' || !attempt ? [] : [attempt.id])),
  );
  return lesson.quizzes.map((quiz, index): QuizStatus => {
    const total = quiz.items.length;
    const attempt = current[index];
    const practised = attempts.find(
      (candidate) => candidate.quizId === quiz.id && candidate.practice && candidate.status === 'submitted',
    );
    const practice = practised
      ? {
          practice: {
            attemptId: practised.id,
            pointsEarned: practised.pointsEarned ?? 0,
            pointsPossible: practised.pointsPossible ?? total,
          },
        }
      : {};
    if (!attempt) return { quizId: quiz.id, state: 'not-started', total, ...practice };
    if (attempt.status === 'submitted') {
      return {
        quizId: quiz.id,
        state: 'submitted',
        total,
        pointsEarned: attempt.pointsEarned ?? 0,
        pointsPossible: attempt.pointsPossible ?? total,
        ...practice,
      };
    }
    return { quizId: quiz.id, state: 'in-progress', total, answered: answered.get(attempt.id) ?? 0, ...practice };
  });
}

/** How many answers each of these attempts has, in one read through the answers' attempt index. */
async function answerCounts(attemptIds: string[]): Promise<Map<string, number>> {
  if (!attemptIds.length) return new Map();
  const groups = await db().prisma.quizAnswer.groupBy({
    by: ['attemptId'],
    where: { attemptId: { in: attemptIds } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.attemptId, group._count._all]));
}
