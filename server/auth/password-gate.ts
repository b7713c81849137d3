import 'server-only';

/**
 * At most RUNNING password hashes at once in this process, and WAITING more in line; beyond that a hash is refused
 * at once (PasswordBusyError). Each scrypt hash takes 128 MiB and ~0.4 s of a thread-pool thread, so a burst of
 * sign-ins must not take every thread (the file system and the database driver need them) or the memory.
 * scripts/serve.mjs admits at most RUNNING + WAITING requests to the password pages at once and answers the rest
 * with 503 and Retry-After, so this refusal is a second line. Keep both numbers in step with serve.mjs.
 */
export const PASSWORD_HASHES_RUNNING = 2;
export const PASSWORD_HASHES_WAITING = 4;

export class PasswordBusyError extends Error {
  override name = 'PasswordBusyError';
}

export type PasswordGateStats = { running: number; waiting: number; peakRunning: number; refused: number };

type Gate = PasswordGateStats & { queue: (() => void)[] };

// On globalThis: Next.js bundles server code per route, and each bundle would otherwise count on its own.
const GATE = Symbol.for('fuente.password-gate');
function gate(): Gate {
  const holder = globalThis as typeof globalThis & { [GATE]?: Gate };
  holder[GATE] ??= { running: 0, waiting: 0, peakRunning: 0, refused: 0, queue: [] };
  return holder[GATE];
}

/** Runs `work` when a slot is free; throws PasswordBusyError when the line is full. */
export async function withPasswordSlot<T>(work: () => Promise<T>): Promise<T> {
  const state = gate();
  if (state.running < PASSWORD_HASHES_RUNNING) {
    state.running += 1;
  } else {
    if (state.waiting >= PASSWORD_HASHES_WAITING) {
      state.refused += 1;
      throw new PasswordBusyError('too many password hashes at once');
    }
    state.waiting += 1;
    // The finishing hash hands its slot over directly, so no newcomer can slip in between.
    await new Promise<void>((resolve) => state.queue.push(resolve));
    state.waiting -= 1;
  }
  state.peakRunning = Math.max(state.peakRunning, state.running);
  try {
    return await work();
  } finally {
    const next = state.queue.shift();
    if (next) next();
    else state.running -= 1;
  }
}

/** The gate's counters, for the health probe and the tests. */
export function passwordGateStats(): PasswordGateStats {
  const { running, waiting, peakRunning, refused } = gate();
  return { running, waiting, peakRunning, refused };
}
