'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import styles from './Invite.module.css';

type Props = {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  failedMessage: string;
};

const noSubscription = () => () => {};

/**
 * A link to copy: a read-only field that selects itself on focus, so it works without JavaScript; once scripts run,
 * a button copies it and says so.
 */
export function CopyLinkField({ id, label, value, copyLabel, copiedMessage, failedMessage }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  // The button exists only where it can work: false in the server's HTML, true once hydrated.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setMessage(copiedMessage);
    } catch {
      setMessage(failedMessage);
    }
  }

  return (
    <div className={styles.copy}>
      <label htmlFor={id}>{label}</label>
      <div className={styles.copyRow}>
        <input
          ref={field}
          id={id}
          type="url"
          value={value}
          readOnly
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        {scripted && (
          <button type="button" className="button button-secondary" onClick={copy}>
            {copyLabel}
          </button>
        )}
      </div>
      <p role="status" className={styles.copyMessage}>
        {message}
      </p>
    </div>
  );
}
