import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SPEEDS, useReadAloud } from './use-read-aloud';

type Utterance = { text: string; rate: number; onstart: () => void; onend: () => void };

// The browser's speech synthesis with one voice on the device; `spoken` is every utterance handed to it.
let spoken: Utterance[];
beforeEach(() => {
  spoken = [];
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => [{ name: 'Samantha', lang: 'en-US', localService: true }],
    speak: (utterance: Utterance) => spoken.push(utterance),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
  });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      rate = 1;
      constructor(public text: string) {}
    },
  );
  document.body.innerHTML =
    '<span data-sentence="p1s1" data-lang="en">One.</span><span data-sentence="p1s2" data-lang="en">Two.</span>';
});
afterEach(() => vi.unstubAllGlobals());

const sentences = [
  { id: 'p1s1', text: 'One.' },
  { id: 'p1s2', text: 'Two.' },
];
const marked = () => [...document.querySelectorAll('.is-being-read')].map((element) => element.textContent);

describe('useReadAloud', () => {
  it('reads the sentences in turn, marking the one being read, and stops after the last', () => {
    const { result } = renderHook(() => useReadAloud(sentences, 'en'));
    act(() => result.current.playOrResume());
    expect(result.current.status).toBe('playing');
    act(() => spoken[0]!.onstart());
    expect(marked()).toEqual(['One.']);
    act(() => spoken[0]!.onend());
    act(() => spoken[1]!.onstart());
    expect([result.current.index, marked()]).toEqual([1, ['Two.']]);
    act(() => spoken[1]!.onend());
    expect([result.current.status, result.current.index, marked()]).toEqual(['stopped', 0, []]);
  });

  it('pauses and resumes where it was', () => {
    const { result } = renderHook(() => useReadAloud(sentences, 'en'));
    act(() => result.current.playOrResume());
    act(() => result.current.pause());
    expect(result.current.status).toBe('paused');
    act(() => result.current.playOrResume());
    expect(window.speechSynthesis.resume).toHaveBeenCalledOnce();
    expect([result.current.status, spoken.length]).toEqual(['playing', 1]);
  });

  it('says the current sentence again at a new speed, and a stopped reading forgets the old one', () => {
    const { result } = renderHook(() => useReadAloud(sentences, 'en'));
    act(() => result.current.playOrResume());
    act(() => spoken[0]!.onend());
    act(() => spoken[1]!.onstart());
    act(() => result.current.changeSpeed('slow'));
    expect(spoken.at(-1)).toMatchObject({ text: 'Two.', rate: SPEEDS.slow });
    act(() => result.current.stop());
    // The utterance cut short ends after the stop: nothing more is said.
    act(() => spoken.at(-1)!.onend());
    expect([result.current.status, spoken.length, marked()]).toEqual(['stopped', 3, []]);
  });

  it('starts at the rate of the student’s profile, arriving late or not, until the student picks a speed', () => {
    const { result, rerender } = renderHook(({ rate }) => useReadAloud(sentences, 'en', rate), {
      initialProps: { rate: 1 },
    });
    expect(result.current.speed).toBe('normal');
    // The prerendered page's state brings the profile after the page started.
    rerender({ rate: 1.5 });
    expect(result.current.speed).toBe('yours');
    act(() => result.current.playOrResume());
    expect(spoken.at(-1)).toMatchObject({ text: 'One.', rate: 1.5 });
    act(() => result.current.changeSpeed('fast'));
    rerender({ rate: 1.5 });
    expect([result.current.speed, spoken.at(-1)?.rate]).toEqual(['fast', SPEEDS.fast]);
  });
});
