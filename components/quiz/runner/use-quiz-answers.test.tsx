import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ItemFeedback } from '@/lib/quiz/public-item';
import type { SaveRequest } from '@/lib/quiz/save-request';
import { useQuizAnswers } from './use-quiz-answers';

const feedback: ItemFeedback = {
  itemId: 'q1',
  score: 1,
  correct: true,
  explanation: 'Paragraph 2 says so.',
  paragraphId: 'p2',
  paragraphNumber: 2,
  correctAnswer: ['Six'],
  correctOptionIds: ['a'],
};

function request(itemId: string, seq: number, check = false): SaveRequest {
  const ids = { lessonSlug: 'zero-tolerance', quizId: 'comprehension' as const, attemptId: null, itemId };
  return { ...ids, response: { optionIds: ['a'] }, saveId: `save-${itemId}-${seq}`, seq, check };
}

describe('useQuizAnswers', () => {
  it('shows an answer at once and numbers its saves one past the last', () => {
    const initial = { q1: { response: { optionIds: ['b'] }, seq: 4, checked: false } };
    const { result } = renderHook(() => useQuizAnswers(initial, {}, vi.fn()));
    let seq = 0;
    act(() => {
      seq = result.current.record('q1', { optionIds: ['a'] });
    });
    expect(seq).toBe(5);
    expect(result.current.answers.q1).toEqual({ response: { optionIds: ['a'] }, seq: 5, checked: false });
    act(() => {
      seq = result.current.record('q2', { value: true });
    });
    expect(seq).toBe(1);
  });

  it('marks a check as on its way until the server answers, then shows its feedback', () => {
    const { result } = renderHook(() => useQuizAnswers({}, {}, vi.fn()));
    act(() => {
      result.current.record('q1', { optionIds: ['a'] });
      result.current.checkSent('q1');
    });
    expect(result.current.checking('q1')).toBe(true);
    const reply = { status: 'ok', attemptId: 'a1', itemId: 'q1', checked: true, feedback, queueOwner: 'x' } as const;
    act(() => result.current.onResult(request('q1', 1, true), reply));
    expect(result.current.checking('q1')).toBe(false);
    expect(result.current.answers.q1?.checked).toBe(true);
    expect(result.current.feedback.q1).toEqual(feedback);
  });

  it('says what the server refused, and ends the check', () => {
    const say = vi.fn();
    const { result } = renderHook(() => useQuizAnswers({}, {}, say));
    act(() => result.current.checkSent('q1'));
    act(() => result.current.onResult(request('q1', 1, true), { status: 'error', message: 'Not saved.' }));
    expect(say).toHaveBeenCalledWith('Not saved.');
    expect(result.current.checking('q1')).toBe(false);
  });

  it('shows the saves a closed tab left when they are newer, and counts the restore', () => {
    const initial = {
      q1: { response: { optionIds: ['b'] }, seq: 3, checked: true },
      q2: { response: { optionIds: ['b'] }, seq: 3, checked: false },
    };
    const { result } = renderHook(() => useQuizAnswers(initial, {}, vi.fn()));
    act(() => result.current.onRestore([request('q1', 2), request('q2', 4, true)]));
    expect(result.current.answers.q1).toEqual(initial.q1);
    expect(result.current.answers.q2).toEqual({ response: { optionIds: ['a'] }, seq: 4, checked: false });
    expect(result.current.checking('q2')).toBe(true);
    expect(result.current.restored).toBe(1);
  });
});
