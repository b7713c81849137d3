'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useRouter } from '@/i18n/navigation';
import styles from './Live.module.css';

type Props = {
  /** How often the page asks the server again, while visible and not paused. */
  seconds: number;
  /** Who is stuck and who is done in this render: a change is announced, the same list again is not. */
  stuck: string[];
  done: string[];
  locale: string;
  /** Translated on the server; each announcement holds `{names}`. */
  labels: { pause: string; paused: string; announceStuck: string; announceDone: string };
};

const added = (now: string[], before: string[]) => now.filter((name) => !before.includes(name));
const noSubscription = () => () => {};

/**
 * The live view's updates with JavaScript: the page re-renders from the server every `seconds` (router.refresh: no
 * reload, focus and scroll stay), a "Pause updates" toggle stops that (WCAG 2.2.2), and the students who became stuck
 * or done since the last render are announced politely, once (4.1.3). Without JavaScript none of this renders; the
 * page's Refresh link does the job.
 */
export function LiveUpdates({ seconds, stuck, done, locale, labels }: Props) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  // False on the server and in the HTML, true once scripts run: the toggle is offered only where it can work.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [seen, setSeen] = useState({ stuck, done });
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds, paused]);

  // Compared while rendering (React's "storing information from previous renders"): a refresh with new lists sets the
  // message once; the same lists again change nothing, so nothing is announced on a quiet tick.
  if (stuck.join('\n') !== seen.stuck.join('\n') || done.join('\n') !== seen.done.join('\n')) {
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const newlyStuck = added(stuck, seen.stuck);
    const newlyDone = added(done, seen.done);
    setSeen({ stuck, done });
    const parts = [
      newlyStuck.length ? labels.announceStuck.replace('{names}', list.format(newlyStuck)) : '',
      newlyDone.length ? labels.announceDone.replace('{names}', list.format(newlyDone)) : '',
    ].filter(Boolean);
    if (parts.length) setMessage(parts.join(' '));
  }

  return (
    <>
      {scripted && (
        <button type="button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          {labels.pause}
        </button>
      )}
      {paused && <p className={styles.muted}>{labels.paused}</p>}
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </>
  );
}
