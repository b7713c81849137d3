import 'server-only';
import type { LessonLearnerState } from '@/lib/lesson-learner-state';
import { currentStudent } from '../auth/current-student';
import { getCurrentQuizStatuses } from '../quiz/quiz-status';
import { getCurrentFamiliarity } from './familiarity';
import { getCurrentReadingState } from './reading';

/** The signed-in learner's part of a lesson's reading page (a visitor's defaults without a session). */
export async function getCurrentLessonState(slug: string): Promise<LessonLearnerState> {
  const [familiarity, reading, quizStatuses, student] = await Promise.all([
    getCurrentFamiliarity(slug),
    getCurrentReadingState(slug),
    getCurrentQuizStatuses(slug),
    currentStudent(),
  ]);
  return { student, familiarity, reading, quizStatuses };
}
