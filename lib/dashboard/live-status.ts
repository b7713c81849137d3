import type { QuizId } from '@/content/quiz-schema';
import { initialQuestionIndex } from '@/lib/quiz/navigation';

// The rules of a class's live view (server/teacher/live-view.ts applies them, components/teacher/live/ shows the
// result): where each student is, how long since they last did something, and whether they look stuck.

/** The idle times a teacher may choose before a working student is flagged as stuck, in minutes. */
export const STUCK_AFTER_CHOICES = [2, 3, 5, 10, 15, 20] as const;
export type StuckAfterMinutes = (typeof STUCK_AFTER_CHOICES)[number];
export const DEFAULT_STUCK_AFTER: StuckAfterMinutes = 5;

/** Where a student is in the lesson. */
export type LivePlace =
  | { kind: 'not-started' }
  | { kind: 'reading'; paragraph: number; paragraphs: number }
  /** `question` is 1-based; one past the last means every item is answered and the student is on the review screen. */
  | { kind: 'quiz'; quizId: QuizId; question: number; questions: number }
  | { kind: 'submitted'; quizId: QuizId };

export type LiveState = 'not-started' | 'working' | 'stuck' | 'done';

export type LiveRow = {
  id: string;
  displayName: string;
  place: LivePlace;
  /** The latest of the student's answer saves, reading progress, attempt starts and submits in this lesson. */
  lastAction: Date | null;
  state: LiveState;
};

/** What the database says about a student's newest class attempt at one of the lesson's quizzes. */
export type AttemptPosition = {
  quizId: QuizId;
  submitted: boolean;
  feedbackMode: 'immediate' | 'deferred';
  /** The items with a stored answer, and whether each was checked. */
  answers: Record<string, { checked: boolean }>;
};

/**
 * Where a student is. An open attempt comes first: its question is the one the quiz page opens for the student (the
 * first item without an answer, or without a checked one under immediate feedback: lib/quiz/navigation.ts), so the
 * teacher sees the question a reload would show. The runner shows one question at a time and moves on after each
 * answer, so this is the student's question unless they skipped ahead; saving the shown question on every move
 * would add a write per click for every student of the class, for little more precision, so nothing is written.
 */
export function livePlace(
  attempt: AttemptPosition | null,
  itemIds: readonly string[],
  furthestParagraph: number | null,
  paragraphs: number,
): LivePlace {
  if (attempt && !attempt.submitted) {
    const index = initialQuestionIndex(undefined, [...itemIds], attempt.answers, attempt.feedbackMode);
    return { kind: 'quiz', quizId: attempt.quizId, question: index + 1, questions: itemIds.length };
  }
  if (attempt) return { kind: 'submitted', quizId: attempt.quizId };
  if (furthestParagraph) return { kind: 'reading', paragraph: Math.min(furthestParagraph, paragraphs), paragraphs };
  return { kind: 'not-started' };
}

/**
 * Whether a student looks stuck: at work (reading or in a quiz) and without a single action for `stuckAfterMinutes`
 * or longer at `now`. A student whose newest attempt is submitted is done, never stuck; one who has done nothing yet
 * has not started.
 */
export function liveState(place: LivePlace, lastAction: Date | null, now: Date, stuckAfterMinutes: number): LiveState {
  if (place.kind === 'submitted') return 'done';
  if (place.kind === 'not-started' || !lastAction) return 'not-started';
  return now.getTime() - lastAction.getTime() >= stuckAfterMinutes * 60_000 ? 'stuck' : 'working';
}

/** The class's stored setting as one of the choices (a value from before the choices changed gets the default). */
export function toStuckAfter(value: number): StuckAfterMinutes {
  return (STUCK_AFTER_CHOICES as readonly number[]).includes(value)
    ? (value as StuckAfterMinutes)
    : DEFAULT_STUCK_AFTER;
}
