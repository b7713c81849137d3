import 'server-only';
import type { QuizStatus } from '@/lib/quiz/quiz-status';
import { db } from '../db/client';
import { latestAttempt, practiceAttempts } from './attempts';
import { getLesson } from '../lessons';
import { currentLearnerId } from '../auth/learner-session';

/**
 * Where the signed-in learner stands in each quiz of a lesson (not started for a visitor without a session), and their
 * practice score from before they joined a class.
 */
export async function getCurrentQuizStatuses(slug: string): Promise<QuizStatus[]> {
  const lesson = getLesson(slug);
  if (!lesson) return [];
  const learnerId = await currentLearnerId();
  return Promise.all(
    lesson.quizzes.map(async (quiz): Promise<QuizStatus> => {
      const total = quiz.items.length;
      const attempt = learnerId ? await latestAttempt(learnerId, slug, quiz.id) : null;
      const practised = learnerId
        ? (await practiceAttempts(learnerId, slug, quiz.id)).find((candidate) => candidate.status === 'submitted')
        : undefined;
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
      const answered = await db().prisma.quizAnswer.count({ where: { attemptId: attempt.id } });
      return { quizId: quiz.id, state: 'in-progress', total, answered, ...practice };
    }),
  );
}
