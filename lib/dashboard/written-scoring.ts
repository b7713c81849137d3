import type { WrittenResponse } from '@/lib/grading/responses';
import { classLessonPath } from './class-paths';

// What the teacher's "Written answers" page shows, as server/teacher/written-scores.ts builds it.

/** One student's written answer to one item, as the teacher scores it. */
export type WrittenAnswerToScore = {
  attemptId: string;
  studentName: string;
  attemptNumber: number;
  response: WrittenResponse;
  level: number | null;
  comment: string;
  /** "returned": the student sees this level and comment as they stand. */
  status: WrittenStatus;
  /** Whether the teacher's saved score asks for a revision when it is returned. */
  revisionAsked: boolean;
  /** The current version's number (1 unless the student revised it), and the versions before it, oldest first. */
  version: number;
  earlier: EarlierVersion[];
  /** The current version was resubmitted after the assignment's due date. */
  lateRevision: boolean;
};

/**
 * Where a written answer stands: waiting for a level, scored but not yet seen by the student, returned; or returned
 * with a request to revise it (the student is rewriting it), and resubmitted (the revision waits for a level).
 */
export type WrittenStatus = 'notScored' | 'scored' | 'returned' | 'revisionRequested' | 'revised';

/** What the status is read from: the answer's level, and when it was scored, returned, asked to revise, resubmitted. */
export type WrittenTimes = {
  level: number | null;
  scoredAt: Date | null;
  returnedAt: Date | null;
  revisionRequestedAt?: Date | null;
  revisedAt?: Date | null;
};

/**
 * The one rule for a written answer's status. Asking for a revision (on return) clears the level, so a resubmitted
 * revision is 'revised' until its teacher scores it, then scored and returned like a first answer.
 */
export function writtenStatus(answer: WrittenTimes): WrittenStatus {
  if (answer.revisionRequestedAt) return 'revisionRequested';
  if (answer.level === null) return answer.revisedAt ? 'revised' : 'notScored';
  return answer.scoredAt !== null && answer.returnedAt !== null && answer.returnedAt >= answer.scoredAt
    ? 'returned'
    : 'scored';
}

/** An answer waiting for the teacher's level: a first answer, or a resubmitted revision. */
export const awaitsScore = (status: WrittenStatus) => status === 'notScored' || status === 'revised';

/** An earlier version of a written answer, kept when its teacher asked for a revision (server/teacher). */
export type EarlierVersion = {
  version: number;
  response: WrittenResponse;
  level: number;
  comment: string;
  submittedAt: Date;
  /** Handed in after the assignment's due date. */
  late: boolean;
};

/** How many answers (with words) a quiz or one of its questions has, by status. */
export type WrittenTally = { answers: number; toScore: number; toReturn: number; returned: number };

/** Per quiz: its tally and each written question's. */
export type WrittenWork = Record<string, WrittenTally & { items: Record<string, WrittenTally> }>;

const emptyTally = (): WrittenTally => ({ answers: 0, toScore: 0, toReturn: 0, returned: 0 });

/** Adds one answer of this status to a tally. */
function count(tally: WrittenTally, status: WrittenStatus) {
  tally.answers += 1;
  if (awaitsScore(status)) tally.toScore += 1;
  else if (status === 'scored') tally.toReturn += 1;
  else tally.returned += 1;
}

/** Tallies answers by quiz and question; every quiz and question named starts at zero. */
export function tallyWrittenWork(
  quizzes: { id: string; itemIds: string[] }[],
  answers: { quizId: string; itemId: string; status: WrittenStatus }[],
): WrittenWork {
  const work: WrittenWork = Object.fromEntries(
    quizzes.map((quiz) => [
      quiz.id,
      { ...emptyTally(), items: Object.fromEntries(quiz.itemIds.map((id) => [id, emptyTally()])) },
    ]),
  );
  for (const answer of answers) {
    const quiz = work[answer.quizId];
    const item = quiz?.items[answer.itemId];
    if (!quiz || !item) continue;
    count(quiz, answer.status);
    count(item, answer.status);
  }
  return work;
}

/** A written item as its teacher sees it, in the teacher's language (server/teacher/written-item-for-scoring.ts). */
export type ItemForScoring = {
  id: string;
  number: number;
  prompt: string;
  rubric: { label: string; descriptor: string }[];
  /** The sentences a full answer uses, written out. */
  evidence: string[];
  modelAnswer: string;
  /** Sample answers with the level each earns and why; `picks` are the sentences' texts. */
  calibration: { level: number; answer: string; picks: string[]; why: string }[];
};

/** What the scoring page shows: a class's quiz in one lesson, one written question, names shown or hidden. */
export type ScoringPlace = { classId: string; lessonSlug: string; quizId: string; itemId: string; hideNames: boolean };

/**
 * The scoring page's address for one answer (by its attempt), for the end of the question ('done'), or for the
 * question alone (the page then picks the first answer still to score and redirects to its address).
 */
export function scoringAddress(place: ScoringPlace, target?: { answer: string } | 'done'): string {
  const base = `${classLessonPath(place.classId, place.lessonSlug)}/written/${place.quizId}?item=${place.itemId}`;
  const shown = target === 'done' ? '&done=1' : target ? `&answer=${target.answer}` : '';
  return `${base}${shown}${place.hideNames ? '&names=hidden' : ''}`;
}
