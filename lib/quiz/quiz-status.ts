import type { QuizId } from '@/content/quiz-schema';

// Where a learner stands in each quiz of a lesson, as server/quiz/quiz-status.ts works it out and the reading page shows it.

/** The newest submitted practice attempt (guest work from before joining a class), if any. */
export type PracticeResult = { attemptId: string; pointsEarned: number; pointsPossible: number };

export type QuizStatus = { practice?: PracticeResult } & (
  | { quizId: QuizId; state: 'not-started'; total: number }
  | { quizId: QuizId; state: 'in-progress'; total: number; answered: number }
  | { quizId: QuizId; state: 'submitted'; total: number; pointsEarned: number; pointsPossible: number }
);
