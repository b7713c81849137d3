import { describe, expect, it } from 'vitest';
import { DEFAULT_STUCK_AFTER, livePlace, liveState, toStuckAfter, type AttemptPosition } from './live-status';

const items = Array.from({ length: 14 }, (_, index) => `item-${index + 1}`);
const answered = (count: number, checked = true) =>
  Object.fromEntries(items.slice(0, count).map((id) => [id, { checked }]));
const open = (answers: AttemptPosition['answers'], feedbackMode: AttemptPosition['feedbackMode'] = 'immediate') =>
  ({ quizId: 'comprehension', submitted: false, feedbackMode, answers }) satisfies AttemptPosition;
const NOW = new Date('2026-12-07T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe('livePlace', () => {
  it('puts a student with five checked answers on question 6 of 14', () => {
    expect(livePlace(open(answered(5)), items, 10, 10)).toEqual({
      kind: 'quiz',
      quizId: 'comprehension',
      question: 6,
      questions: 14,
    });
  });

  it('counts an unchecked draft as the current question under immediate feedback, as answered under deferred', () => {
    const drafts = { ...answered(5), 'item-6': { checked: false } };
    expect(livePlace(open(drafts), items, null, 10)).toMatchObject({ question: 6 });
    expect(livePlace(open(drafts, 'deferred'), items, null, 10)).toMatchObject({ question: 7 });
  });

  it('takes the first gap: a student who skipped question 3 is on it, as a reload of the quiz would show', () => {
    const skipped = answered(6);
    delete skipped['item-3'];
    expect(livePlace(open(skipped), items, null, 10)).toMatchObject({ question: 3 });
  });

  it('is one past the last question when every item is answered (the review screen)', () => {
    expect(livePlace(open(answered(14)), items, null, 10)).toMatchObject({ question: 15, questions: 14 });
  });

  it('says a submitted attempt is submitted, then reading, then not started', () => {
    const submitted = { ...open(answered(3)), submitted: true };
    expect(livePlace(submitted, items, 4, 10)).toEqual({ kind: 'submitted', quizId: 'comprehension' });
    expect(livePlace(null, items, 4, 10)).toEqual({ kind: 'reading', paragraph: 4, paragraphs: 10 });
    expect(livePlace(null, items, 12, 10)).toMatchObject({ paragraph: 10 });
    expect(livePlace(null, items, null, 10)).toEqual({ kind: 'not-started' });
  });
});

describe('liveState', () => {
  const quiz = livePlace(open(answered(5)), items, null, 10);

  it('flags a working student as stuck from the chosen idle time on, not a moment before', () => {
    expect(liveState(quiz, minutesAgo(4.99), NOW, 5)).toBe('working');
    expect(liveState(quiz, minutesAgo(5), NOW, 5)).toBe('stuck');
    expect(liveState(quiz, minutesAgo(12), NOW, 15)).toBe('working');
    expect(liveState({ kind: 'reading', paragraph: 2, paragraphs: 10 }, minutesAgo(3), NOW, 2)).toBe('stuck');
  });

  it('never flags a student who submitted, nor one who has done nothing yet', () => {
    expect(liveState({ kind: 'submitted', quizId: 'attribution' }, minutesAgo(60), NOW, 2)).toBe('done');
    expect(liveState({ kind: 'not-started' }, null, NOW, 2)).toBe('not-started');
  });
});

describe('toStuckAfter', () => {
  it('keeps a choice and replaces anything else by the default', () => {
    expect(toStuckAfter(10)).toBe(10);
    expect(toStuckAfter(7)).toBe(DEFAULT_STUCK_AFTER);
  });
});
