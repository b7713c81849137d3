'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * A time of day: in the server's HTML as the server can write it (UTC), then, once scripts run, in the reader's own
 * time zone, which only the browser knows.
 */
export function LocalTime({ dateTime, serverText, locale }: { dateTime: string; serverText: string; locale: string }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(dateTime)),
    () => serverText,
  );
  return <time dateTime={dateTime}>{text}</time>;
}
