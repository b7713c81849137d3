import 'server-only';
import { headers } from 'next/headers';
import { addressBucket } from '@/lib/client-address';

/**
 * At most RUNNING password hashes at once in this process, and WAITING more in line; beyond that a hash is refused
 * at once (PasswordBusyError). Each scrypt hash takes 128 MiB and ~0.4 s of a thread-pool thread, so a burst of
 * sign-ins must not take every thread (the file system and the database driver need them) or the memory.
 *
 * Every password hash passes here, whichever page its action was posted to, so the fairness lives here too: one
 * client address holds at most PER_CLIENT of those places (running or waiting), and its further tries are refused
 * while the others' are served. A shared line with no such cap is a lock anyone can hold (issue 35: six slow
 * requests once held the whole school's sign-in).
 */
export const PASSWORD_HASHES_RUNNING = 2;
export const PASSWORD_HASHES_WAITING = 4;
export const PASSWORD_PLACES_PER_CLIENT = 2;

export class PasswordBusyError extends Error {
  override name = 'PasswordBusyError';
}

export type PasswordGateStats = { running: number; waiting: number; peakRunning: number; refused: number };

type Gate = PasswordGateStats & { queue: (() => void)[]; heldBy: Map<string, number> };

// On globalThis: Next.js bundles server code per route, and each bundle would otherwise count on its own.
const GATE = Symbol.for('fuente.password-gate');
function gate(): Gate {
  const holder = globalThis as typeof globalThis & { [GATE]?: Gate };
  holder[GATE] ??= { running: 0, waiting: 0, peakRunning: 0, refused: 0, queue: [], heldBy: new Map() };
  return holder[GATE];
}

/**
 * The address of the client whose request needs the hash, as scripts/serve.mjs established it; null outside a
 * request served that way (a command, a test, the browser tests' seeding), where only the process-wide limits apply.
 */
async function requestingClient(): Promise<string | null> {
  try {
    const address = (await headers()).get('x-fuente-client-address');
    return address ? addressBucket(address) : null;
  } catch {
    return null;
  }
}

/** Runs `work` when a slot is free; throws PasswordBusyError when the line, or this client's share of it, is full. */
export async function withPasswordSlot<T>(work: () => Promise<T>, client?: string | null): Promise<T> {
  const state = gate();
  const owner = client === undefined ? await requestingClient() : client;
  const held = owner === null ? 0 : (state.heldBy.get(owner) ?? 0);
  if (held >= PASSWORD_PLACES_PER_CLIENT) {
    state.refused += 1;
    throw new PasswordBusyError('this client already has its share of password hashes');
  }
  if (owner !== null) state.heldBy.set(owner, held + 1);
  try {
    return await inLine(state, work);
  } finally {
    if (owner !== null) {
      const left = (state.heldBy.get(owner) ?? 1) - 1;
      if (left > 0) state.heldBy.set(owner, left);
      else state.heldBy.delete(owner);
    }
  }
}

async function inLine<T>(state: Gate, work: () => Promise<T>): Promise<T> {
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
