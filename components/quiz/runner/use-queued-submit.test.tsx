import { act, renderHook } from '@testing-library/react';
import type { FormEvent } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pendingKey } from '@/lib/quiz/pending-answers';
import { SUBMIT_RETRY_MS, useQueuedSubmit, type QueuedSubmitOptions } from './use-queued-submit';

const push = vi.fn();
vi.mock('@/i18n/navigation', () => ({ useRouter: () => ({ push }) }));

const submitKey = pendingKey('learner-1', 'submit:zero-tolerance:comprehension');
const event = { preventDefault() {} } as FormEvent<HTMLFormElement>;
let online = true;

function options(overrides: Partial<QueuedSubmitOptions> = {}): QueuedSubmitOptions {
  return {
    lessonSlug: 'zero-tolerance',
    quizId: 'comprehension',
    queueOwner: 'learner-1',
    scope: 'zero-tolerance:comprehension',
    drain: vi.fn(async () => true),
    currentAttemptId: () => 'attempt-1',
    submitAttempt: vi.fn(async () => ({ status: 'ok' as const, resultsPath: '/lessons/zero-tolerance/results/a' })),
    say: vi.fn(),
    waitingMessage: 'Waiting on this device.',
    ...overrides,
  };
}

beforeEach(() => {
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => vi.useRealTimers());

describe('useQueuedSubmit', () => {
  it('delivers the answers first, then submits and opens the results', async () => {
    const given = options();
    const { result } = renderHook(() => useQueuedSubmit(given));
    await act(() => result.current.onSubmit(event));
    expect(given.drain).toHaveBeenCalledBefore(vi.mocked(given.submitAttempt));
    expect(given.submitAttempt).toHaveBeenCalledWith({
      lessonSlug: 'zero-tolerance',
      quizId: 'comprehension',
      attemptId: 'attempt-1',
    });
    expect(push).toHaveBeenCalledWith('/lessons/zero-tolerance/results/a');
    expect(localStorage.getItem(submitKey)).toBeNull();
  });

  it('keeps the submit on the device when answers cannot be delivered, and tries again every so often', async () => {
    vi.useFakeTimers();
    const drain = vi.fn(async () => false);
    const given = options({ drain });
    const { result } = renderHook(() => useQueuedSubmit(given));
    await act(() => result.current.onSubmit(event));
    expect(result.current.submitQueued).toBe(true);
    expect(localStorage.getItem(submitKey)).toBe('1');
    expect(given.say).toHaveBeenLastCalledWith('Waiting on this device.');
    expect(given.submitAttempt).not.toHaveBeenCalled();

    drain.mockResolvedValue(true);
    await act(() => vi.advanceTimersByTimeAsync(SUBMIT_RETRY_MS));
    expect(given.submitAttempt).toHaveBeenCalledOnce();
    expect(localStorage.getItem(submitKey)).toBeNull();
  });

  it('sends a submit a closed tab left on this device as soon as the page is back', async () => {
    localStorage.setItem(submitKey, '1');
    const given = options();
    const { result } = renderHook(() => useQueuedSubmit(given));
    await act(async () => {});
    expect(result.current.submitQueued).toBe(true);
    expect(given.submitAttempt).toHaveBeenCalledOnce();
  });

  it('says why the server refused the submit and stops waiting', async () => {
    localStorage.setItem(submitKey, '1');
    online = false;
    const submitAttempt = vi.fn(async () => ({ status: 'error' as const, message: 'Already submitted.' }));
    const given = options({ submitAttempt });
    const { result } = renderHook(() => useQueuedSubmit(given));
    await act(async () => {});
    expect(submitAttempt).not.toHaveBeenCalled();
    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(given.say).toHaveBeenLastCalledWith('Already submitted.');
    expect(result.current.submitQueued).toBe(false);
  });
});
