import { describe, expect, it } from 'vitest';
import { retakeSummaries, type AttemptRecord } from './attempt-records';

const attempt = (quizId: string, number: number, percent: number | null): AttemptRecord => ({
  id: `${quizId}-${number}`,
  quizId,
  quizTitle: quizId === 'comprehension' ? 'Comprehension' : 'Attribution',
  number,
  status: percent === null ? 'in_progress' : 'submitted',
  counted: number === 1,
  locale: 'en',
  startedAt: new Date(0),
  submittedAt: percent === null ? null : new Date(0),
  percent,
  answers: [],
});

describe('retake summaries for the drill-down', () => {
  it('lists only quizzes taken more than once, percentages in attempt order, and the change from the first', () => {
    // Newest first, as the drill-down receives them.
    const attempts = [
      attempt('comprehension', 3, null),
      attempt('comprehension', 2, 100),
      attempt('attribution', 1, 40),
      attempt('comprehension', 1, 21),
    ];
    expect(retakeSummaries(attempts)).toEqual([
      { quizId: 'comprehension', quizTitle: 'Comprehension', attempts: 3, percents: [21, 100], change: 79 },
    ]);
  });

  it('says no change when only one attempt is submitted', () => {
    expect(retakeSummaries([attempt('attribution', 2, null), attempt('attribution', 1, 55)])).toEqual([
      { quizId: 'attribution', quizTitle: 'Attribution', attempts: 2, percents: [55], change: 0 },
    ]);
  });
});
