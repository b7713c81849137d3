// What the pages are told about one quiz attempt (server/quiz/attempts.ts reads it from the database). Shapes only, in lib/
// so that components can take them without importing server/.

export type FeedbackMode = 'immediate' | 'deferred';

export type AttemptSummary = {
  id: string;
  number: number;
  status: 'in_progress' | 'submitted';
  feedbackMode: FeedbackMode;
  submittedAt: Date | null;
  pointsEarned: number | null;
  pointsPossible: number | null;
  /** Seeds the order of every item's options in this attempt (lib/quiz/option-order.ts). */
  optionSeed: number;
  /** Made as a guest before joining a class: the student's own, never counted for the class. */
  practice: boolean;
};
