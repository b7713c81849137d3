import type { WrittenResponse } from '@/lib/grading/responses';

// What the teacher's "Written answers" page shows, as server/teacher/written-scores.ts builds it.

/** One student's written answer to one item, as the teacher scores it. */
export type WrittenAnswerToScore = {
  attemptId: string;
  studentName: string;
  attemptNumber: number;
  response: WrittenResponse;
  level: number | null;
  comment: string;
  /** Scored and returned as it stands: the student sees this level and comment. */
  returned: boolean;
};
