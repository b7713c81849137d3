// The teacher's time zone for what Fuente writes out (CSV files): the browser names it in a cookie
// (components/teacher/TimeZoneCookie.tsx); without one, UTC. Every time written carries its offset.

/** The cookie that holds the browser's IANA time zone ("America/Chicago"), and nothing else. */
export const TIME_ZONE_COOKIE = 'fuente_tz';

/** Whether a value names a time zone this runtime knows. */
export function isTimeZone(value: string | undefined | null): value is string {
  if (!value || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone to write times in: the one named, when valid, else UTC. */
export function timeZoneOr(value: string | undefined | null): string {
  return isTimeZone(value) ? value : 'UTC';
}

function parts(date: Date, timeZone: string) {
  const found = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  // "GMT-05:00", or "GMT" at offset zero.
  const offset = found.timeZoneName === 'GMT' ? '+00:00' : String(found.timeZoneName).replace('GMT', '');
  return { ...found, offset } as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offset', string>;
}

/** "2026-12-06 09:41:05 -05:00": a spreadsheet sorts it as text, and a reader sees the zone's offset. */
export function formatInTimeZone(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} ${p.offset}`;
}

/** The calendar day ("2026-12-06") in that zone. */
export function dayInTimeZone(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = parts(new Date(instant), timeZone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a datetime-local value ("2026-12-10T09:30") names in the zone, or null when it is not one. A wall-clock
 * time skipped by a change to summer time lands an hour later; one that happens twice, on the first.
 */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** The instant as a datetime-local value in the zone, for an input to show. */
export function toLocalInput(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
