'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveAnswerActionResult, SaveRequest } from '@/app/[locale]/lessons/[slug]/quiz/[quizId]/actions';

export type QueueStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'retrying';

type Send = (request: SaveRequest) => Promise<SaveAnswerActionResult>;
type Pending = { request: SaveRequest; waiters: ((result: SaveAnswerActionResult) => void)[] };

const MAX_BACKOFF_MS = 30_000;

/**
 * Delivers answer saves in order, at least once. A save that cannot reach the server stays in the queue (and in
 * localStorage, so a reload does not lose it) and is retried with exponential backoff, and at once when the
 * browser comes back online. The server recognises repeated saves by their saveId, so retrying is safe.
 */
export function useAnswerQueue(send: Send, storageKey: string, onResult: (request: SaveRequest, result: SaveAnswerActionResult) => void) {
  const [status, setStatus] = useState<QueueStatus>('idle');
  const queue = useRef<Pending[]>([]);
  const flushing = useRef(false);
  const failures = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attemptId = useRef<string | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;

  const persist = useCallback(() => {
    try {
      const requests = queue.current.map((pending) => pending.request);
      if (requests.length) localStorage.setItem(storageKey, JSON.stringify(requests));
      else localStorage.removeItem(storageKey);
    } catch {
      // Storage may be full or disabled; the in-memory queue still retries.
    }
  }, [storageKey]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    if (retryTimer.current) clearTimeout(retryTimer.current);
    try {
      while (queue.current.length) {
        const pending = queue.current[0]!;
        const request = { ...pending.request, attemptId: pending.request.attemptId ?? attemptId.current };
        setStatus('saving');
        let result: SaveAnswerActionResult;
        try {
          result = await send(request);
        } catch {
          failures.current += 1;
          setStatus(navigator.onLine ? 'retrying' : 'offline');
          const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures.current - 1));
          retryTimer.current = setTimeout(() => void flush(), delay);
          return;
        }
        failures.current = 0;
        if (result.status === 'ok') attemptId.current = result.attemptId;
        queue.current.shift();
        persist();
        onResultRef.current(request, result);
        for (const waiter of pending.waiters) waiter(result);
      }
      setStatus('saved');
    } finally {
      flushing.current = false;
    }
  }, [persist, send]);

  /** Queues a save; the promise settles when the server has answered it, however long that takes. */
  const enqueue = useCallback(
    (request: SaveRequest) =>
      new Promise<SaveAnswerActionResult>((resolve) => {
        // A newer draft of the same item replaces one still waiting (never the one in flight, nor a check).
        const waiting = queue.current.findIndex(
          (pending, index) => (index > 0 || !flushing.current) && pending.request.itemId === request.itemId && !pending.request.check,
        );
        if (waiting >= 0 && !request.check) queue.current[waiting] = { request, waiters: [...queue.current[waiting]!.waiters, resolve] };
        else queue.current.push({ request, waiters: [resolve] });
        persist();
        void flush();
      }),
    [flush, persist],
  );

  /** Resolves once everything queued so far has been delivered (false if that takes longer than `timeoutMs`). */
  const drain = useCallback(
    async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      void flush();
      while (queue.current.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      return queue.current.length === 0;
    },
    [flush],
  );

  const setAttemptId = useCallback((id: string | null) => {
    attemptId.current = id;
  }, []);

  useEffect(() => {
    // Saves left behind by a tab that closed or reloaded while offline.
    try {
      const leftover = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as SaveRequest[];
      for (const request of leftover) void enqueue(request);
    } catch {
      localStorage.removeItem(storageKey);
    }
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
  }, [enqueue, flush, storageKey]);

  return { status, enqueue, drain, setAttemptId };
}
