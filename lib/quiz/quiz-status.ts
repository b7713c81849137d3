import type { QuizId } from '@/content/quiz-schema';

// Where a learner stands in each quiz of a lesson, as server/quiz/quiz-status.ts works it out and the reading page shows it.

/** The newest submitted practice attempt (guest work from before joining a class), if any. */
export type PracticeResult = { attemptId: string; pointsEarned: number; pointsPossible: number };

export type QuizStatus = { practice?: PracticeResult } & (
  | { quizId: QuizId; state: 'not-started'; total: number }
  | { quizId: QuizId; state: 'in-progress'; total: number; answered: number }
  | {
      quizId: QuizId;
      state: 'submitted';
      total: number;
      pointsEarned: number;
      pointsPossible: number;
      /** Written answers waiting for their teacher's score: the points count the other items until then. */
      pending: number;
    }
);

/** One of the learner's attempts at a lesson's quiz, as server/learner/lesson-state.ts reads it. */
export type AttemptSummary = {
  id: string;
  quizId: string;
  status: string;
  practice: boolean;
  pointsEarned: number | null;
  pointsPossible: number | null;
  /** How many items have an answer; counted for attempts in progress only. */
  answered: number | null;
  /** A class attempt whose teacher returned written scores that the student has not opened yet. */
  feedbackUnseen?: boolean;
  /** A written answer of this attempt that its teacher asks the student to revise, not yet sent back. */
  reviseAsked?: boolean;
};

/**
 * Where the learner stands in each quiz, from their attempts at the lesson (newest first within each quiz): the class
 * attempt that counts is the newest one made as a student; a guest's submitted work before joining shows as practice.
 */
export function quizStatusesOf(
  quizzes: readonly { id: QuizId; items: readonly unknown[] }[],
  attempts: readonly AttemptSummary[],
): QuizStatus[] {
  return quizzes.map((quiz): QuizStatus => {
    const total = quiz.items.length;
    const ofQuiz = attempts.filter((attempt) => attempt.quizId === quiz.id);
    const attempt = ofQuiz.find((candidate) => !candidate.practice);
    const practised = ofQuiz.find((candidate) => candidate.practice && candidate.status === 'submitted');
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
      const pointsPossible = attempt.pointsPossible ?? total;
      return {
        quizId: quiz.id,
        state: 'submitted',
        total,
        pointsEarned: attempt.pointsEarned ?? 0,
        pointsPossible,
        // Submitting and returning count every item but the written answers still waiting (written-scores.ts).
        pending: Math.max(0, total - pointsPossible),
        ...practice,
      };
    }
    return { quizId: quiz.id, state: 'in-progress', total, answered: attempt.answered ?? 0, ...practice };
  });
}
