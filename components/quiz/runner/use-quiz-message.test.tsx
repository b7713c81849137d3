import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderHookWithIntl } from '@/components/testing/render';
import type { PublicQuiz } from '@/lib/quiz/public-item';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { MAX_WRITTEN_CHARACTERS } from '@/content/written-limits';
import { useQuizMessage } from './use-quiz-message';

const quiz: PublicQuiz = {
  id: 'attribution',
  lessonSlug: 'zero-tolerance',
  title: 'Who said it?',
  intro: '',
  items: [
    { id: 'q1', type: 'truefalse', prompt: 'The agency spoke.' },
    { id: 'w1', type: 'written', prompt: 'Explain.', choices: [] },
  ],
};

describe('useQuizMessage', () => {
  it('starts empty, and says what it is told', () => {
    const { result } = renderHookWithIntl(() => useQuizMessage(quiz, undefined, 'q1'));
    expect(result.current.message).toBe('');
    act(() => result.current.setMessage('Saved.'));
    expect(result.current.message).toBe('Saved.');
  });

  it('starts with the error a form post came back with, in the page language', () => {
    const { result } = renderHookWithIntl(() => useQuizMessage(quiz, 'submitted', 'q1'), 'es');
    expect(result.current.message).toBe(es.Quiz.errors.submitted);
  });

  it('names the written limits when a written answer is refused, and is plain for other items', () => {
    const { result } = renderHookWithIntl(() => useQuizMessage(quiz, 'invalid', 'w1'));
    expect(result.current.message).toContain(String(MAX_WRITTEN_CHARACTERS));
    expect(result.current.invalidMessage('q1')).toBe(en.Quiz.errors.invalid);
    expect(result.current.message).toBe(result.current.invalidMessage('w1'));
  });

  it('reads an unknown error code as a refused answer', () => {
    const { result } = renderHookWithIntl(() => useQuizMessage(quiz, 'nonsense', 'q1'));
    expect(result.current.message).toBe(en.Quiz.errors.invalid);
  });
});
