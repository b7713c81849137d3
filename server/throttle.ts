import 'server-only';
import { db } from './db';

/** At most 10 attempts per account per minute: enough for typos, too few for guessing. */
export const THROTTLE_LIMIT = 10;
export const THROTTLE_WINDOW_SECONDS = 60;

/** A counter and its limit per minute. Addresses get more room than accounts: a whole class may share one. */
export type ThrottleKey = { key: string; limit: number };

/**
 * Counts one attempt for each key (an account, an address) and says whether all of them are still within their
 * limit. The counters live in PostgreSQL, so every app instance sees the same numbers.
 */
export async function allowAttempt(keys: ThrottleKey[], now: Date = new Date()): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / (THROTTLE_WINDOW_SECONDS * 1000)) * THROTTLE_WINDOW_SECONDS * 1000);
  const allowed = await Promise.all(
    keys.map(async ({ key, limit }) => {
      const rows = await db().prisma.$queryRaw<{ count: number }[]>`
        INSERT INTO "AuthThrottle" ("key", "windowStart", "count") VALUES (${key.slice(0, 300)}, ${windowStart}, 1)
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "AuthThrottle"."windowStart" = EXCLUDED."windowStart" THEN "AuthThrottle"."count" + 1 ELSE 1 END,
          "windowStart" = EXCLUDED."windowStart"
        RETURNING "count"`;
      return Number(rows[0]?.count ?? 0) <= limit;
    }),
  );
  return allowed.every(Boolean);
}

/** The keys for each kind of attempt. */
export const throttleKeys = {
  signUp: (address: string): ThrottleKey[] => [{ key: `signup:ip:${address}`, limit: 20 }],
  signIn: (email: string, address: string): ThrottleKey[] => [
    { key: `signin:email:${email}`, limit: THROTTLE_LIMIT },
    { key: `signin:ip:${address}`, limit: 60 },
  ],
  join: (address: string): ThrottleKey[] => [{ key: `join:ip:${address}`, limit: 60 }],
  resume: (joinCode: string, address: string): ThrottleKey[] => [
    { key: `resume:class:${joinCode}`, limit: 20 },
    { key: `resume:ip:${address}`, limit: 60 },
  ],
};
