'use client';

import { useCallback, useEffect, useRef } from 'react';

/** How long typing must pause before a written answer's draft is saved: one save per pause, not per keystroke. */
export const TYPING_PAUSE_MS = 1000;

/**
 * Holds one pending save until typing pauses. `later` replaces whatever was waiting; `now` sends the waiting save at
 * once (leaving the question); `drop` forgets it (a save that carries the whole form makes it unneeded). The page
 * going away or out of sight sends it too, so a draft typed just before closing the tab is not lost.
 */
export function useTypingPause() {
  const waiting = useRef<{ timer: ReturnType<typeof setTimeout>; send: () => void } | null>(null);

  const drop = useCallback(() => {
    if (waiting.current) clearTimeout(waiting.current.timer);
    waiting.current = null;
  }, []);

  const now = useCallback(() => {
    const pending = waiting.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    waiting.current = null;
    pending.send();
  }, []);

  const later = useCallback(
    (send: () => void) => {
      drop();
      waiting.current = { timer: setTimeout(now, TYPING_PAUSE_MS), send };
    },
    [drop, now],
  );

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [now]);

  return { later, now, drop };
}
