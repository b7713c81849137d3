import 'server-only';
import { db } from '../db/client';

// Throttles after OWASP's authentication guidance: attempts are counted per address, per action across all addresses
// (a ceiling no botnet can raise), and failures per (account or class, address), so that an attacker slows down
// only their own tries and never locks the owner or a class out. Counters live in PostgreSQL, so every app
// instance sees the same numbers; the purge (server/retention.ts) deletes them after a day.

export const THROTTLE_WINDOW_SECONDS = 60;

/** A counter and its limit per minute. */
export type ThrottleKey = { key: string; limit: number };

function windowOf(now: Date): Date {
  const windowMs = THROTTLE_WINDOW_SECONDS * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one attempt against each key in turn and says whether all of them are still within their limit this minute.
 * Keys go from the narrowest (one address) to the widest (the whole app), and counting stops at the first refusal:
 * a try that its own address may not make never spends the app-wide budget, so one address flooding with refused
 * tries cannot lock everyone else out.
 */
export async function allowAttempt(keys: ThrottleKey[], now: Date = new Date()): Promise<boolean> {
  const windowStart = windowOf(now);
  for (const { key, limit } of keys) {
    const rows = await db().prisma.$queryRaw<{ count: number }[]>`
      INSERT INTO "AuthThrottle" ("key", "windowStart", "count") VALUES (${key.slice(0, 300)}, ${windowStart}, 1)
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "AuthThrottle"."windowStart" = EXCLUDED."windowStart" THEN "AuthThrottle"."count" + 1 ELSE 1 END,
        "windowStart" = EXCLUDED."windowStart"
      RETURNING "count"`;
    if (Number(rows[0]?.count ?? 0) > limit) return false;
  }
  return true;
}

/** Failures allowed before each further try must wait; then the wait doubles from 1 s up to 15 min. */
export const FREE_FAILURES = 5;
const MAX_DELAY_MS = 15 * 60 * 1000;

/** How long after the last of `failures` failures the next try may come. */
export function delayAfter(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES));
}

// A failure counter's row: "count" holds the consecutive failures, "windowStart" the time of the last one.
const failureKey = (key: string) => `fail:${key}`.slice(0, 300);

/** Milliseconds to wait before this key may try again (0: now). A refused try does not count as a failure. */
export async function failureWait(key: string, now: Date = new Date()): Promise<number> {
  const row = await db().prisma.authThrottle.findUnique({
    where: { key: failureKey(key) },
    select: { windowStart: true, count: true },
  });
  if (!row) return 0;
  return Math.max(0, row.windowStart.getTime() + delayAfter(row.count) - now.getTime());
}

/** Records one more failure for this key. */
export async function recordFailure(key: string, now: Date = new Date()): Promise<void> {
  await db().prisma.$executeRaw`
    INSERT INTO "AuthThrottle" ("key", "windowStart", "count") VALUES (${failureKey(key)}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET "count" = "AuthThrottle"."count" + 1, "windowStart" = EXCLUDED."windowStart"`;
}

/** Forgets the failures of this key (after a success). */
export async function clearFailures(key: string): Promise<void> {
  await db().prisma.authThrottle.deleteMany({ where: { key: failureKey(key) } });
}

export const GUESTS_PER_ADDRESS_PER_MINUTE = 60;

/** The per-minute limits of each action, narrowest first (allowAttempt counts them in this order). */
export const throttleKeys = {
  signUp: (address: string): ThrottleKey[] => [
    { key: `signup:ip:${address}`, limit: 20 },
    { key: 'signup:all', limit: 200 },
  ],
  // Each try hashes a password whether or not the account exists, so tries from one address are capped too.
  signIn: (address: string): ThrottleKey[] => [
    { key: `signin:ip:${address}`, limit: 60 },
    { key: 'signin:all', limit: 600 },
  ],
  // The app-wide ceilings of joins and resumes let a school of 10,000 start within two minutes (bench/school).
  join: (address: string): ThrottleKey[] => [
    { key: `join:ip:${address}`, limit: 60 },
    { key: 'join:all', limit: 6000 },
  ],
  // A class's tries are counted per address: one device guessing codes cannot stop its classmates from resuming.
  resume: (joinCode: string, address: string): ThrottleKey[] => [
    { key: `resume:class-ip:${joinCode}:${address}`, limit: 20 },
    { key: `resume:ip:${address}`, limit: 60 },
    { key: 'resume:all', limit: 6000 },
  ],
  // A guest is a learner row and a session kept for weeks, made by any first write without a cookie: one address may
  // make a class's worth a minute (a school behind one address still reads), and the app a school's worth.
  guest: (address: string): ThrottleKey[] => [
    { key: `guest:ip:${address}`, limit: GUESTS_PER_ADDRESS_PER_MINUTE },
    { key: 'guest:all', limit: 3000 },
  ],
  passwordChange: (teacherId: string): ThrottleKey[] => [{ key: `password:teacher:${teacherId}`, limit: 5 }],
  // "Forgot password?": per address, per account from one address (as sign-in failures, so that nobody can use up the
  // owner's tries), and for the whole app, which also caps the mail any crowd of addresses can make one server send.
  passwordResetRequest: (email: string, address: string): ThrottleKey[] => [
    { key: `reset:ip:${address}`, limit: 10 },
    { key: `reset:account-ip:${email}:${address}`, limit: 3 },
    { key: 'reset:all', limit: 100 },
  ],
  // Setting a password from a link costs a hash when the link is valid.
  passwordResetUse: (address: string): ThrottleKey[] => [
    { key: `reset-use:ip:${address}`, limit: 20 },
    { key: 'reset-use:all', limit: 200 },
  ],
};

/** The failure counter of sign-in to one account from one address. */
export const signInFailureKey = (email: string, address: string) => `signin:${email}:${address}`;
