import { describe, expect, it } from 'vitest';
import { dayInTimeZone, formatInTimeZone, isTimeZone, timeZoneOr } from './time-zone';

describe('time zones for exported times', () => {
  const instant = new Date('2026-12-06T03:04:05Z');

  it('writes the local time with its offset, and the local day', () => {
    expect(formatInTimeZone(instant, 'America/Chicago')).toBe('2026-12-05 21:04:05 -06:00');
    expect(formatInTimeZone(instant, 'UTC')).toBe('2026-12-06 03:04:05 +00:00');
    expect(formatInTimeZone(instant, 'Asia/Kolkata')).toBe('2026-12-06 08:34:05 +05:30');
    expect(dayInTimeZone(instant, 'America/Chicago')).toBe('2026-12-05');
  });

  it('takes only a zone the runtime knows, and falls back to UTC', () => {
    expect(isTimeZone('Europe/Madrid')).toBe(true);
    expect(timeZoneOr('Mars/Olympus_Mons')).toBe('UTC');
    expect(timeZoneOr('"; drop')).toBe('UTC');
    expect(timeZoneOr(undefined)).toBe('UTC');
  });
});
