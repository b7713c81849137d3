'use client';

import { useEffect, useRef, useState } from 'react';
import type { SaveAnswer, SaveReply, SaveRequest } from '@/lib/quiz/save-request';
import { tellServiceWorker } from '@/lib/offline/service-worker-client';
import { pendingKey, readPending, writePending } from '@/lib/quiz/pending-answers';
import { SaveQueue, type SaveQueueStatus } from '@/lib/quiz/save-queue';

export type QueueStatus = SaveQueueStatus;

/** Whose queue it is (a hash the server gives, "visitor" before a first save), which quiz, and which attempt. */
export type QueueIdentity = { owner: string; scope: string; attemptId: string | null };

/**
 * The quiz page's answer queue (lib/quiz/save-queue.ts) with its status as React state, undelivered saves kept in
 * localStorage under the learner's name (so a reload does not lose them, and another learner on the same browser
 * never sends them), and a flush as soon as the browser comes back online. The queue owns the attempt id: the one
 * the page arrived with, then the one the server answered with (a first save starts the attempt).
 *
 * `unsent` names the items whose latest save is still only on this device; `onRestore` receives the saves a
 * closed tab left behind, so that the page shows those answers before they are sent.
 */
export function useAnswerQueue(
  send: SaveAnswer,
  identity: QueueIdentity,
  onResult: (request: SaveRequest, result: SaveReply) => void,
  onRestore: (requests: SaveRequest[]) => void,
) {
  const [status, setStatus] = useState<QueueStatus>('idle');
  const [attemptId, setAttemptId] = useState(identity.attemptId);
  const [unsent, setUnsent] = useState<ReadonlySet<string>>(new Set());
  // Results arrive after a network round trip, long after the effect below has stored the latest callback.
  const onResultRef = useRef(onResult);
  const onRestoreRef = useRef(onRestore);
  useEffect(() => {
    onResultRef.current = onResult;
    onRestoreRef.current = onRestore;
  });
  // A visitor's first save creates their learner: from then on the queue is stored under that learner's name.
  const owner = useRef(identity.owner);
  // The queue is made once; its callbacks read the refs when a save settles, never during render.
  /* eslint-disable react-hooks/refs */
  const [queue] = useState(() => {
    const created = new SaveQueue<SaveRequest, SaveReply>({
      send,
      onResult: (request, result) => {
        if (result.status === 'ok') {
          setAttemptId(result.attemptId);
          if (result.queueOwner !== owner.current) {
            writePending(localStorage, pendingKey(owner.current, identity.scope), []);
            owner.current = result.queueOwner;
          }
          // The worker refreshes its copy of the quiz's state, so the page reopened offline shows this answer.
          void tellServiceWorker({ type: 'answers-saved' });
        }
        onResultRef.current(request, result);
      },
      onStatus: setStatus,
      isOnline: () => navigator.onLine,
      persist: (requests) => {
        writePending(localStorage, pendingKey(owner.current, identity.scope), requests);
        setUnsent(new Set(requests.map((request) => request.itemId)));
      },
    });
    created.setAttemptId(identity.attemptId);
    return created;
  });
  /* eslint-enable react-hooks/refs */

  // The attempt the page arrived with: saves left for any other attempt (submitted, or reset by the teacher) are dropped.
  const arrivalAttempt = useRef(identity.attemptId);
  const { scope } = identity;
  useEffect(() => {
    // Saves left behind by this learner's tab that closed or reloaded while offline.
    const key = pendingKey(owner.current, scope);
    const leftover = readPending<SaveRequest>(localStorage, key).filter(
      (request) => request.attemptId === null || request.attemptId === arrivalAttempt.current,
    );
    writePending(localStorage, key, leftover);
    if (leftover.length) onRestoreRef.current(leftover);
    for (const request of leftover) void queue.enqueue(request);
    const online = () => void queue.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      queue.dispose();
    };
  }, [queue, scope]);

  return {
    status,
    attemptId,
    unsent,
    enqueue: queue.enqueue,
    drain: queue.drain,
    currentAttemptId: queue.currentAttemptId,
  };
}
