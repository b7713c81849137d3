import type { QuizId } from '@/content/quiz-schema';
import { isLate, type AssignmentNotice, type AssignmentState } from './window';

/** Where a student stands on one counted quiz of an assignment, by their counted attempt at it. */
export type QuizProgress = 'not-started' | 'in-progress' | 'submitted-on-time' | 'submitted-late';

/** The counted attempt's progress: none is not started, a submitted one is late when isLate says so. */
export function quizProgress(attempt: { status: string; submittedAt: Date | null } | null, dueAt: Date): QuizProgress {
  if (!attempt) return 'not-started';
  if (attempt.status !== 'submitted') return 'in-progress';
  return isLate(dueAt, attempt.submittedAt) ? 'submitted-late' : 'submitted-on-time';
}

/** One assignment on a student's home page: the lesson, its notice (state now, dates, their own close), each quiz. */
export type HomeAssignment = {
  lessonSlug: string;
  title: string;
  notice: AssignmentNotice;
  /** Each quiz: `locked`, closed to this student by their teacher's lock; `graded`, false for practice. */
  quizzes: { id: QuizId; title: string; progress: QuizProgress; locked: boolean; graded: boolean }[];
};

// Work to do now comes first, then what opens later, then what is over.
const GROUP: Record<AssignmentState, number> = { open: 0, late: 0, upcoming: 1, closed: 2 };

/**
 * The home page's order: open or late by due date (soonest, so the overdue, first), then upcoming by opening (soonest
 * first), then closed (most recently due first); the lesson slug breaks ties so the order never flickers.
 */
export function homeOrder(a: HomeAssignment, b: HomeAssignment): number {
  const group = GROUP[a.notice.state] - GROUP[b.notice.state];
  if (group !== 0) return group;
  const when =
    a.notice.state === 'upcoming'
      ? a.notice.opensAt.localeCompare(b.notice.opensAt)
      : a.notice.state === 'closed'
        ? b.notice.dueAt.localeCompare(a.notice.dueAt)
        : a.notice.dueAt.localeCompare(b.notice.dueAt);
  return when !== 0 ? when : a.lessonSlug.localeCompare(b.lessonSlug);
}
