import 'server-only';
import { cookies } from 'next/headers';
import { TIME_ZONE_COOKIE, timeZoneOr } from '@/lib/time-zone';

/** The teacher's time zone as their browser named it (components/teacher/TimeZoneCookie.tsx), else UTC. */
export async function teacherTimeZone(): Promise<string> {
  return timeZoneOr((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
