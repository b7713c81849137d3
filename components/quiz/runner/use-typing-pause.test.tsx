import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING_PAUSE_MS, useTypingPause } from './use-typing-pause';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useTypingPause', () => {
  it('sends only the last save, once typing has paused', () => {
    const { result } = renderHook(() => useTypingPause());
    const first = vi.fn();
    const second = vi.fn();
    act(() => result.current.later(first));
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    });
    act(() => result.current.later(second));
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    });
    expect(second).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });

  it('sends the waiting save at once when asked, and not again after the pause', () => {
    const { result } = renderHook(() => useTypingPause());
    const send = vi.fn();
    act(() => result.current.later(send));
    act(() => result.current.now());
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    });
    expect(send).toHaveBeenCalledOnce();
  });

  it('forgets a dropped save', () => {
    const { result } = renderHook(() => useTypingPause());
    const send = vi.fn();
    act(() => result.current.later(send));
    act(() => result.current.drop());
    act(() => result.current.now());
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the waiting save when the page goes away or out of sight', () => {
    const { result } = renderHook(() => useTypingPause());
    const onPagehide = vi.fn();
    act(() => result.current.later(onPagehide));
    window.dispatchEvent(new Event('pagehide'));
    expect(onPagehide).toHaveBeenCalledOnce();

    const onHidden = vi.fn();
    act(() => result.current.later(onHidden));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(onHidden).toHaveBeenCalledOnce();
  });
});
