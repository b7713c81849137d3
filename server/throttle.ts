import 'server-only';
import { db } from './db';

/** At most 10 attempts per key per minute: enough for typos, too few for guessing. */
export const THROTTLE_LIMIT = 10;
export const THROTTLE_WINDOW_SECONDS = 60;

/**
 * Counts one attempt for each key (an account, an address) and says whether all of them are still within the
 * limit. The counters live in PostgreSQL, so every app instance sees the same numbers.
 */
export async function allowAttempt(keys: string[], now: Date = new Date()): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / (THROTTLE_WINDOW_SECONDS * 1000)) * THROTTLE_WINDOW_SECONDS * 1000);
  const counts = await Promise.all(
    keys.map(async (key) => {
      const rows = await db().prisma.$queryRaw<{ count: number }[]>`
        INSERT INTO "AuthThrottle" ("key", "windowStart", "count") VALUES (${key.slice(0, 300)}, ${windowStart}, 1)
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "AuthThrottle"."windowStart" = EXCLUDED."windowStart" THEN "AuthThrottle"."count" + 1 ELSE 1 END,
          "windowStart" = EXCLUDED."windowStart"
        RETURNING "count"`;
      return Number(rows[0]?.count ?? 0);
    }),
  );
  return counts.every((count) => count <= THROTTLE_LIMIT);
}
