import { describe, expect, it } from 'vitest';
import { dayInTimeZone, formatInTimeZone, fromLocalInput, isTimeZone, timeZoneOr, toLocalInput } from './time-zone';

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

describe('datetime-local values in a time zone', () => {
  it('reads a wall-clock time in the zone as its UTC instant, across a change of offset', () => {
    expect(fromLocalInput('2026-12-10T09:30', 'America/Chicago')?.toISOString()).toBe('2026-12-10T15:30:00.000Z');
    expect(fromLocalInput('2026-07-10T09:30', 'America/Chicago')?.toISOString()).toBe('2026-07-10T14:30:00.000Z');
    expect(fromLocalInput('2026-12-10T09:30', 'UTC')?.toISOString()).toBe('2026-12-10T09:30:00.000Z');
    expect(fromLocalInput('2026-12-10T09:30', 'Asia/Kolkata')?.toISOString()).toBe('2026-12-10T04:00:00.000Z');
  });

  it('refuses what is not a datetime-local value', () => {
    for (const value of ['', '2026-13-10T09:30', '2026-02-30T09:30', 'tomorrow', '2026-12-10 09:30'])
      expect(fromLocalInput(value, 'UTC')).toBeNull();
  });

  it('writes an instant back as the zone sees it, for the input to show', () => {
    expect(toLocalInput(new Date('2026-12-10T15:30:00Z'), 'America/Chicago')).toBe('2026-12-10T09:30');
    expect(toLocalInput(new Date('2026-12-10T04:00:00Z'), 'Asia/Kolkata')).toBe('2026-12-10T09:30');
  });
});
