'use client';

import { useEffect } from 'react';
import { isTimeZone, TIME_ZONE_COOKIE } from '@/lib/time-zone';

/**
 * Tells the server the browser's time zone, so that CSV files give times as the teacher lives them. The cookie holds
 * the zone's name only; without JavaScript the files keep UTC (and say so in every time's offset).
 */
export function TimeZoneCookie() {
  useEffect(() => {
    // IANA names ("America/Argentina/Buenos_Aires") use only characters a cookie value may hold.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!isTimeZone(zone) || document.cookie.split('; ').includes(`${TIME_ZONE_COOKIE}=${zone}`)) return;
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=${180 * 24 * 60 * 60}; samesite=lax${secure}`;
  }, []);
  return null;
}
