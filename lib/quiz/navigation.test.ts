import { describe, expect, it } from 'vitest';
import { initialQuestionIndex } from './navigation';

const ids = ['a', 'b', 'c'];

describe('initialQuestionIndex', () => {
  it('honours a valid ?q=, including the review screen one past the end', () => {
    expect(initialQuestionIndex('2', ids, {}, 'immediate')).toBe(1);
    expect(initialQuestionIndex('4', ids, {}, 'immediate')).toBe(3);
  });

  it('ignores an invalid ?q= and resumes at the first question that needs an answer', () => {
    const answers = { a: { checked: true }, b: { checked: false } };
    for (const q of [undefined, '0', '5', 'x', ['2', '3'], '1.5'])
      expect(initialQuestionIndex(q, ids, answers, 'immediate')).toBe(1);
    expect(initialQuestionIndex(undefined, ids, answers, 'deferred')).toBe(2);
  });

  it('opens the review screen when everything is answered', () => {
    expect(
      initialQuestionIndex(
        undefined,
        ids,
        { a: { checked: true }, b: { checked: true }, c: { checked: true } },
        'immediate',
      ),
    ).toBe(3);
  });
});
