'use client';

import { useEffect, useRef, useState } from 'react';
import type { SaveAnswerActionResult, SaveRequest } from '@/app/[locale]/lessons/[slug]/quiz/[quizId]/actions';
import { SaveQueue, type SaveQueueStatus } from '@/lib/quiz/save-queue';

export type QueueStatus = SaveQueueStatus;

type Send = (request: SaveRequest) => Promise<SaveAnswerActionResult>;

/**
 * The quiz page's answer queue (lib/quiz/save-queue.ts) with its status as React state, undelivered saves kept in
 * localStorage (so a reload does not lose them), and a flush as soon as the browser comes back online.
 */
export function useAnswerQueue(send: Send, storageKey: string, onResult: (request: SaveRequest, result: SaveAnswerActionResult) => void) {
  const [status, setStatus] = useState<QueueStatus>('idle');
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;
  const [queue] = useState(
    () =>
      new SaveQueue<SaveRequest, SaveAnswerActionResult>({
        send,
        onResult: (request, result) => onResultRef.current(request, result),
        onStatus: setStatus,
        isOnline: () => navigator.onLine,
        persist: (requests) => {
          try {
            if (requests.length) localStorage.setItem(storageKey, JSON.stringify(requests));
            else localStorage.removeItem(storageKey);
          } catch {
            // Storage may be full or disabled; the in-memory queue still retries.
          }
        },
      }),
  );

  useEffect(() => {
    // Saves left behind by a tab that closed or reloaded while offline.
    try {
      const leftover = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as SaveRequest[];
      for (const request of leftover) void queue.enqueue(request);
    } catch {
      localStorage.removeItem(storageKey);
    }
    const online = () => void queue.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      queue.dispose();
    };
  }, [queue, storageKey]);

  return { status, enqueue: queue.enqueue, drain: queue.drain, setAttemptId: queue.setAttemptId };
}
