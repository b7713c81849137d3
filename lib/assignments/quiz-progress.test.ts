import { describe, expect, it } from 'vitest';
import { homeOrder, quizProgress, type HomeAssignment } from './quiz-progress';
import type { AssignmentState } from './window';

const dueAt = new Date('2026-12-10T12:00:00.000Z');
const after = (ms: number) => new Date(dueAt.getTime() + ms);

describe('quizProgress', () => {
  it('is not started without a counted attempt, in progress while it is not submitted', () => {
    expect(quizProgress(null, dueAt)).toBe('not-started');
    expect(quizProgress({ status: 'in_progress', submittedAt: null }, dueAt)).toBe('in-progress');
  });

  it('is on time up to the due date and late a millisecond after it, as isLate says', () => {
    expect(quizProgress({ status: 'submitted', submittedAt: after(-1) }, dueAt)).toBe('submitted-on-time');
    expect(quizProgress({ status: 'submitted', submittedAt: after(0) }, dueAt)).toBe('submitted-on-time');
    expect(quizProgress({ status: 'submitted', submittedAt: after(1) }, dueAt)).toBe('submitted-late');
  });
});

const day = (n: number) => `2026-12-${String(n).padStart(2, '0')}T12:00:00.000Z`;

function assignment(lessonSlug: string, state: AssignmentState, opens: number, due: number): HomeAssignment {
  return {
    lessonSlug,
    title: lessonSlug,
    notice: { state, opensAt: day(opens), dueAt: day(due), closesAt: null, locked: false, graded: true },
    quizzes: [],
  };
}

describe('homeOrder', () => {
  it('puts open and late work first by due date, then upcoming by opening, then closed, latest first', () => {
    const list = [
      assignment('closed-long-ago', 'closed', 1, 2),
      assignment('upcoming-later', 'upcoming', 20, 25),
      assignment('open-due-later', 'open', 5, 18),
      assignment('closed-recently', 'closed', 3, 6),
      assignment('upcoming-sooner', 'upcoming', 16, 28),
      assignment('late', 'late', 4, 8),
      assignment('open-due-sooner', 'open', 5, 12),
    ];
    expect(list.sort(homeOrder).map(({ lessonSlug }) => lessonSlug)).toEqual([
      'late',
      'open-due-sooner',
      'open-due-later',
      'upcoming-sooner',
      'upcoming-later',
      'closed-recently',
      'closed-long-ago',
    ]);
  });

  it('breaks a tie by lesson, whichever comes first in the list', () => {
    const [a, b] = [assignment('a-lesson', 'open', 5, 12), assignment('b-lesson', 'open', 5, 12)];
    expect([b, a].sort(homeOrder)).toEqual([a, b]);
  });
});
