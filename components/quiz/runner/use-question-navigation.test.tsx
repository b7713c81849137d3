import { act, render } from '@testing-library/react';
import type { MouseEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useQuestionNavigation } from './use-question-navigation';

/** A question heading and the hook's state, as the quiz renders them. */
function Questions({ beforeMove, expose }: { beforeMove: () => void; expose: (go: (n: number) => void) => void }) {
  const { index, go } = useQuestionNavigation(1, 'question-heading', beforeMove);
  expose((next) => go(next)({ preventDefault() {} } as MouseEvent));
  return (
    <h2 id="question-heading" tabIndex={-1}>
      Question {index + 1}
    </h2>
  );
}

describe('useQuestionNavigation', () => {
  it('starts on the given question without taking the focus', () => {
    const view = render(<Questions beforeMove={vi.fn()} expose={() => {}} />);
    expect(view.getByRole('heading')).toHaveTextContent('Question 2');
    expect(document.activeElement).toBe(document.body);
  });

  it('moves, focuses the heading, writes the question in the address, and lets the page act first', () => {
    window.history.replaceState(null, '', '/en/lessons/zero-tolerance/quiz/comprehension');
    const beforeMove = vi.fn();
    let go: (next: number) => void = () => {};
    const view = render(<Questions beforeMove={beforeMove} expose={(move) => (go = move)} />);
    act(() => go(2));
    expect(view.getByRole('heading')).toHaveTextContent('Question 3');
    expect(document.activeElement).toBe(view.getByRole('heading'));
    expect(window.location.search).toBe('?q=3');
    expect(beforeMove).toHaveBeenCalledOnce();
  });
});
