import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import type { Database } from './db/client';
import { describePurge, schedulePurge } from './retention';
import { daysBefore, retentionPolicy } from './retention-policy';
import { createAppTestDatabase, type TestDatabase } from './testing/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createAppTestDatabase({}, inject('appTestDatabaseTemplate'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
afterAll(async () => {
  await database.drop();
});

const HOUR = 60 * 60 * 1000;
// Each purge deletes learners twice: guests past their period, then guests who never started a quiz (retention.ts).
const LEARNER_DELETES_PER_RUN = 2;
const holder = globalThis as typeof globalThis & { fuenteDatabase?: Database };

/** A guest last seen long before the retention period: the purge deletes them. */
async function expiredGuest(): Promise<string> {
  const id = randomUUID();
  const longAgo = daysBefore(new Date(), retentionPolicy().guestDays + 1);
  await database.prisma.learner.create({ data: { id, createdAt: longAgo } });
  return id;
}

const exists = async (id: string) => (await database.prisma.learner.count({ where: { id } })) === 1;

describe('the hourly retention purge', () => {
  it('runs at once and then every hour, logging what it deleted, and only when it deleted something', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const first = await expiredGuest();
    const recent = randomUUID();
    await database.prisma.learner.create({ data: { id: recent } });

    schedulePurge();
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    expect(log).toHaveBeenCalledWith(
      'Fuente: retention purge deleted learnerSessions=0 teacherSessions=0 guests=1 archivedClasses=0 throttleRows=0 resetLinks=0 familyLinks=0',
    );
    expect(await exists(first)).toBe(false);
    expect(await exists(recent)).toBe(true);

    // An hour later: nothing has expired in between, so the run is silent.
    const deleteMany = vi.spyOn(database.prisma.learner, 'deleteMany');
    await vi.advanceTimersByTimeAsync(HOUR);
    await vi.waitFor(() => expect(deleteMany).toHaveBeenCalledTimes(LEARNER_DELETES_PER_RUN), { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(log).toHaveBeenCalledTimes(1);

    // Another hour: a guest who expired meanwhile goes.
    const second = await expiredGuest();
    await vi.advanceTimersByTimeAsync(HOUR / 2);
    expect(deleteMany).toHaveBeenCalledTimes(LEARNER_DELETES_PER_RUN); // not before the hour is up
    await vi.advanceTimersByTimeAsync(HOUR / 2);
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(2), { timeout: 20_000 });
    expect(await exists(second)).toBe(false);
    expect(await exists(recent)).toBe(true);
  });

  it('logs a failure and tries again at the next hour', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    const failed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const deleteMany = vi
      .spyOn(database.prisma.learner, 'deleteMany')
      .mockRejectedValueOnce(new Error('database is gone'));
    const guest = await expiredGuest();
    expect(holder.fuenteDatabase).toBe(database);

    schedulePurge();
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith('Fuente: retention purge failed: database is gone'), {
      timeout: 20_000,
    });
    expect(await exists(guest)).toBe(true);

    await vi.advanceTimersByTimeAsync(HOUR);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('guests=1')), { timeout: 20_000 });
    // The failed run stopped at its first delete; the next hour's ran both.
    expect(deleteMany).toHaveBeenCalledTimes(1 + LEARNER_DELETES_PER_RUN);
    expect(await exists(guest)).toBe(false);
  });

  it('describes counts as one log line', () => {
    expect(
      describePurge({
        learnerSessions: 3,
        teacherSessions: 0,
        guests: 1,
        archivedClasses: 2,
        throttleRows: 9,
        resetLinks: 1,
        familyLinks: 4,
      }),
    ).toBe('learnerSessions=3 teacherSessions=0 guests=1 archivedClasses=2 throttleRows=9 resetLinks=1 familyLinks=4');
  });
});
