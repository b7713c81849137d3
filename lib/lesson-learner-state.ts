import type { Pacing } from './assignments/pacing';
import type { AssignmentNotice } from './assignments/window';
import type { FamiliarityLevel } from './familiarity-levels';
import type { QuizStatus } from './quiz/quiz-status';
import { DEFAULT_READING_PREFERENCE, type ReadingPreference } from './reading-preferences';
import { NO_READING_SUPPORTS, type ReadingSupports } from './supports/appearance';
import type { QuizId } from '@/content/quiz-schema';

/**
 * Everything on the reading page that belongs to the learner: one object, so that the page itself can be the same
 * for everyone. The page rendered per request carries it in its HTML; the prerendered page loads it from
 * `GET /api/{locale}/lessons/{slug}/state` (lessonStatePath).
 */
export type LessonLearnerState = {
  student: { displayName: string; className: string; queueOwner: string } | null;
  /** Whose state this is (server/auth/learner-session.ts `queueOwnerOf`): 'visitor' without a session. */
  queueOwner: string;
  familiarity: FamiliarityLevel | null;
  reading: { furthestParagraph: number; preference: ReadingPreference };
  quizStatuses: QuizStatus[];
  /**
   * Class attempts whose teacher returned written scores the student has not opened yet, or asks them to revise a
   * written answer (`revise`, shown until they send the revision), newest first.
   */
  feedback: { quizId: QuizId; attemptId: string; revise: boolean }[];
  /** The student's assignment of the lesson (opens, due, late, closed), or null: guests and unassigned lessons. */
  assignment: AssignmentNotice | null;
  /** The assignment's quizzes the teacher has locked for the class (an extension may still let this student in). */
  lockedQuizIds: QuizId[];
  /** The assignment's quizzes that do not count: practice, not graded. */
  practiceQuizIds: QuizId[];
  /** How the student's assignment reveals the article now (lib/assignments/pacing.ts `pacingNow`): open for others. */
  pacing: Pacing;
  /** What the student's support profile changes on the page besides the text settings' start (lib/supports). */
  supports: ReadingSupports;
};

export function lessonStatePath(locale: string, slug: string): string {
  return `/api/${locale}/lessons/${encodeURIComponent(slug)}/state`;
}

/** What a visitor without a session sees, and what the prerendered page shows until the learner's state arrives. */
export function visitorLessonState(quizzes: readonly { id: QuizId; items: readonly unknown[] }[]): LessonLearnerState {
  return {
    student: null,
    queueOwner: 'visitor',
    familiarity: null,
    reading: { furthestParagraph: 0, preference: DEFAULT_READING_PREFERENCE },
    quizStatuses: quizzes.map(({ id, items }) => ({ quizId: id, state: 'not-started', total: items.length })),
    feedback: [],
    assignment: null,
    lockedQuizIds: [],
    practiceQuizIds: [],
    pacing: 'open',
    supports: NO_READING_SUPPORTS,
  };
}
