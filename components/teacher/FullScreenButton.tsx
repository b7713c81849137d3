'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Puts the page in full screen for the projector; only where scripts run and the browser allows it. */
export function FullScreenButton({ label }: { label: string }) {
  const available = useSyncExternalStore(
    noSubscription,
    () => document.fullscreenEnabled,
    () => false,
  );
  if (!available) return null;
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
    >
      {label}
    </button>
  );
}
