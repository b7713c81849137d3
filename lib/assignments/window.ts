/** An assignment's dates, as the rule reads them (UTC instants). */
export type AssignmentDates = { opensAt: Date; dueAt: Date; closesAt: Date | null };

const DAY_MS = 86_400_000;

/**
 * A student's own dates: the due and close dates `days` later, the extended dates of their support profile
 * (lib/supports/profile.ts `extendedDaysOf`); the opening is everyone's. The SQL of the same rule:
 * server/assignments/student-dates.ts.
 */
export function withExtendedDays<T extends AssignmentDates>(dates: T, days: number): T {
  if (days === 0) return dates;
  const later = (date: Date) => new Date(date.getTime() + days * DAY_MS);
  return { ...dates, dueAt: later(dates.dueAt), closesAt: dates.closesAt && later(dates.closesAt) };
}

/**
 * Where a student's work on an assignment stands: not open yet, open, past its due date (still taken, marked late),
 * or closed. The boundaries belong to the earlier state's successor: at `opensAt` it is open, at `dueAt` still open,
 * at the close still late.
 */
export type AssignmentState = 'upcoming' | 'open' | 'late' | 'closed';

/** The moment after which nothing more is taken from this student: the later of the close and their extension. */
export function closesFor(dates: AssignmentDates, extendedUntil: Date | null): Date | null {
  if (!dates.closesAt) return null;
  if (extendedUntil && extendedUntil > dates.closesAt) return extendedUntil;
  return dates.closesAt;
}

/**
 * The state of a student's work on an assignment at `now`, given their extension (or null). `locked`: the teacher has
 * locked the quiz for the class, which closes it now whatever the dates; an extension still running is how the teacher
 * reopens it for one student, so it lets that student through as it does past the close date.
 */
export function assignmentState(
  dates: AssignmentDates,
  extendedUntil: Date | null,
  now: Date,
  locked = false,
): AssignmentState {
  if (now < dates.opensAt) return 'upcoming';
  if (locked && !(extendedUntil && now <= extendedUntil)) return 'closed';
  if (now <= dates.dueAt) return 'open';
  const closes = closesFor(dates, extendedUntil);
  return closes && now > closes ? 'closed' : 'late';
}

/** Whether work (a new attempt, a save, a submit) is taken in this state. */
export const takesWork = (state: AssignmentState) => state === 'open' || state === 'late';

/** A submission is late when it came after the due date; no due date or no submission is never late. */
export function isLate(dueAt: Date | null, submittedAt: Date | null): boolean {
  return dueAt !== null && submittedAt !== null && submittedAt > dueAt;
}

/**
 * What a student's pages say of their assignment: its state now, and its dates as ISO strings (the close their own).
 * Of the quiz a quiz page shows: `locked`, closed because the teacher locked it; `graded`, false when it does not count
 * (practice). The reading page's notice speaks of no one quiz: false and true.
 */
export type AssignmentNotice = {
  state: AssignmentState;
  opensAt: string;
  dueAt: string;
  closesAt: string | null;
  locked: boolean;
  graded: boolean;
};

/** What the assignment says of one quiz: locked for the class, and whether it counts. */
export type QuizTerms = { locked: boolean; graded: boolean };

/** One quiz's terms, read from an assignment's lists (null lists: a student without an assignment of the lesson). */
export function quizTerms(
  quizId: string,
  lists: { lockedQuizIds: readonly string[] | null; practiceQuizIds: readonly string[] | null },
): QuizTerms {
  return { locked: !!lists.lockedQuizIds?.includes(quizId), graded: !lists.practiceQuizIds?.includes(quizId) };
}

/** The notice for a student's assignment at `now` (of one quiz, given its terms), or null without one. */
export function assignmentNotice(
  assignment: (AssignmentDates & { extendedUntil: Date | null } & Partial<QuizTerms>) | null,
  now: Date,
): AssignmentNotice | null {
  if (!assignment) return null;
  const closesAt = closesFor(assignment, assignment.extendedUntil);
  const state = assignmentState(assignment, assignment.extendedUntil, now, assignment.locked);
  return {
    state,
    locked: state === 'closed' && !!assignment.locked,
    graded: assignment.graded ?? true,
    opensAt: assignment.opensAt.toISOString(),
    dueAt: assignment.dueAt.toISOString(),
    closesAt: closesAt?.toISOString() ?? null,
  };
}
