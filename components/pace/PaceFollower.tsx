'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import styles from './PaceFollower.module.css';

export type PaceFollowerLabels = {
  /** While the channel is up: the next section will appear by itself. */
  waiting: string;
  /** Without JavaScript, or while the channel is down: choose Continue to look for the next section. */
  fallback: string;
  continue: string;
  /** Announced when a section opens; `{number}` is its 1-based number. */
  opened: string;
};

type Props = {
  /** The paced assignment's event stream (app/api/[locale]/lessons/[slug]/pace/route.ts). */
  streamUrl: string;
  /** How many sections the page shows (the server rendered it with that many). */
  shownSections: number;
  /** This page's own address: following it is the "Continue" that works without JavaScript. */
  continueHref: string;
  labels: PaceFollowerLabels;
};

/** After an error, how long the browser's own reconnection may take before the page offers Continue. */
const GRACE_MS = 3_000;
/** After the server refused the stream (a 503, say), when to try again on the page's own. */
const RETRY_MS = 5_000;

/**
 * Follows the teacher's pace: when the teacher opens a section the stream says so and the page re-renders with it,
 * without a reload. Rendered on the server (and without JavaScript) as a Continue link; with JavaScript the link
 * gives way to a waiting line while the stream is up, and comes back when it is not.
 */
export function PaceFollower({ streamUrl, shownSections, continueHref, labels }: Props) {
  const router = useRouter();
  const [live, setLive] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef(shownSections);
  useEffect(() => {
    shown.current = shownSections;
  }, [shownSections]);

  useEffect(() => {
    let source: EventSource | null = null;
    let grace: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      source = new EventSource(streamUrl);
      source.onopen = () => {
        clearTimeout(grace);
        setLive(true);
      };
      source.addEventListener('opened', (event) => {
        const { section } = JSON.parse((event as MessageEvent<string>).data) as { section: number };
        if (section + 1 <= shown.current) return;
        setAnnouncement(labels.opened.replace('{number}', String(section + 1)));
        router.refresh();
      });
      source.onerror = () => {
        clearTimeout(grace);
        if (source?.readyState === EventSource.CLOSED) {
          setLive(false);
          source.close();
          retry = setTimeout(open, RETRY_MS);
        } else {
          grace = setTimeout(() => setLive(false), GRACE_MS);
        }
      };
    };
    open();
    return () => {
      clearTimeout(grace);
      clearTimeout(retry);
      source?.close();
    };
  }, [streamUrl, router, labels.opened]);

  return (
    <div className={styles.follower}>
      {live ? (
        <p>{labels.waiting}</p>
      ) : (
        <p>
          {labels.fallback}{' '}
          <a className="button" href={continueHref}>
            {labels.continue}
          </a>
        </p>
      )}
      <p role="status" className={styles.announcement}>
        {announcement}
      </p>
    </div>
  );
}
