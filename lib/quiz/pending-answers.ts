// Where the browser keeps answers it could not send yet (localStorage), so that a reload or a closed tab loses
// nothing. Keys name the learner (a non-secret hash from the server), so that on a shared computer one learner's
// unsent answers are never sent under another's session; signing out clears the learner's own.

const PREFIX = 'fuente:pending:';

/** The storage key of one learner's unsent answers to one quiz. */
export function pendingKey(owner: string, scope: string): string {
  return `${PREFIX}${owner}:${scope}`;
}

/** The unsent answers stored under a key (none when storage is unavailable or holds something else). */
export function readPending<T>(storage: Storage, key: string): T[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** Stores the unsent answers under a key, or removes the key when there are none. */
export function writePending(storage: Storage, key: string, requests: readonly unknown[]): void {
  try {
    if (requests.length) storage.setItem(key, JSON.stringify(requests));
    else storage.removeItem(key);
  } catch {
    // Storage may be full or disabled; the in-memory queue still retries.
  }
}

/** Forgets one learner's unsent answers in this browser, every quiz of theirs (on sign-out). */
export function clearPending(storage: Storage, owner: string): void {
  try {
    const mine = pendingKey(owner, '');
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => key?.startsWith(mine) ?? false,
    );
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing stored, then.
  }
}
