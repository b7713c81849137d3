'use client';

import { useSyncExternalStore } from 'react';
import styles from './Report.module.css';

const noSubscription = () => () => {};

/**
 * The browser's print dialog: a button once scripts run; before that (or without JavaScript) a line saying to use the
 * browser's own Print, which prints the same page.
 */
export function PrintReport({ label, hint }: { label: string; hint: string }) {
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <p className={`${styles.actions} no-print`}>
      {scripted ? (
        <button type="button" className="button" onClick={() => window.print()}>
          {label}
        </button>
      ) : (
        hint
      )}
    </p>
  );
}
