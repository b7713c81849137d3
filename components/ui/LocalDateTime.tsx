'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

const OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * A moment (a date and a time): in the server's HTML in UTC, then, once scripts run, in the reader's own time zone,
 * which only the browser knows. Both name their zone.
 */
export function LocalDateTime({ dateTime, locale }: { dateTime: string; locale: string }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => new Intl.DateTimeFormat(locale, OPTIONS).format(new Date(dateTime)),
    () => new Intl.DateTimeFormat(locale, { ...OPTIONS, timeZone: 'UTC' }).format(new Date(dateTime)),
  );
  return <time dateTime={dateTime}>{text}</time>;
}
