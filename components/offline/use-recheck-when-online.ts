'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Offline, a prerendered page's learner state comes from the device's copy, which may belong to a session the server
 * has ended since (a teacher signed the student out or removed them, or it expired). When the device is back online
 * this asks the server again, and hands its answer over when it is someone else's (a visitor's, once the session has
 * ended), so that the page stops showing the name and work of a learner no longer signed in here. The service worker
 * deletes that learner's offline copies on the same answer (public/sw.js, putLearnerState).
 */
export function useRecheckWhenOnline<State extends { queueOwner: string }>(
  loadFrom: string | undefined,
  shownOwner: string | undefined,
  onOtherLearner: (state: State) => void,
): void {
  const latest = useRef({ shownOwner, onOtherLearner });
  // Kept as the page commits, not after it paints: an answer arriving in between would be compared with the learner
  // shown before, and a change of learner missed (seen in CI as a name left on the page).
  useLayoutEffect(() => {
    latest.current = { shownOwner, onOtherLearner };
  });
  useEffect(() => {
    if (!loadFrom) return;
    const controller = new AbortController();
    const recheck = () => {
      fetch(loadFrom, { cache: 'no-store', signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<State>) : null))
        .then((state) => {
          if (state && state.queueOwner !== latest.current.shownOwner) latest.current.onOtherLearner(state);
        })
        .catch(() => undefined);
    };
    window.addEventListener('online', recheck);
    return () => {
      window.removeEventListener('online', recheck);
      controller.abort();
    };
  }, [loadFrom]);
}
