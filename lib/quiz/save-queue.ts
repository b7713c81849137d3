// The quiz page's answer delivery, without React: the browser's hook (components/quiz/use-answer-queue.ts) wraps it,
// and the load benchmark (bench/load) drives the very same code from Node, so that what it proves about retries
// holds for the real client.

export type SaveQueueStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'retrying';

/** What the queue needs to know of a save request: the item it is for, whether it asks for a check, its attempt. */
export type QueuedSave = { itemId: string; check: boolean; attemptId: string | null };

/** What the queue needs to know of the server's answer. */
export type SaveOutcome = { status: 'ok'; attemptId: string } | { status: 'error'; code?: string };

export type SaveQueueOptions<Request extends QueuedSave, Result extends SaveOutcome> = {
  send: (request: Request) => Promise<Result>;
  /** Called with every delivered save and its result (not with failures that will be retried). */
  onResult?: (request: Request, result: Result) => void;
  onStatus?: (status: SaveQueueStatus) => void;
  /** Keeps the undelivered requests somewhere that survives a reload (the browser uses localStorage). */
  persist?: (requests: Request[]) => void;
  /** False when the device knows it is offline; only changes the status shown. */
  isOnline?: () => boolean;
  maxBackoffMs?: number;
};

type Pending<Request, Result> = { request: Request; waiters: ((result: Result) => void)[] };

export const MAX_BACKOFF_MS = 30_000;

/**
 * The server could not do its part (its database was unreachable, say): the save was not stored, so it is retried
 * like a save that never reached the server. Other errors (invalid, not found, already submitted) are final.
 */
export function isTransientFailure(result: SaveOutcome): boolean {
  return result.status === 'error' && result.code === 'server';
}

/** 1 s, 2 s, 4 s … up to the maximum: a whole class reconnecting at once does not hammer a server that just came back. */
export function backoffMs(failures: number, maxBackoffMs = MAX_BACKOFF_MS): number {
  return Math.min(maxBackoffMs, 1000 * 2 ** Math.max(0, failures - 1));
}

/**
 * Delivers answer saves in order, at least once. A save that cannot be stored stays in the queue (and in `persist`,
 * so a reload does not lose it) and is retried with exponential backoff, and at once on `flush()` (the browser
 * calls it when it comes back online). The server recognises repeated saves by their saveId, so retrying is safe.
 */
export class SaveQueue<Request extends QueuedSave, Result extends SaveOutcome> {
  private readonly queue: Pending<Request, Result>[] = [];
  private flushing = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attemptId: string | null = null;

  constructor(private readonly options: SaveQueueOptions<Request, Result>) {}

  /** Saves waiting to be delivered, the one in flight included. */
  get size(): number {
    return this.queue.length;
  }

  setAttemptId = (id: string | null): void => {
    this.attemptId = id;
  };

  /** The attempt the saves go to: null until the server has stored a first one (it starts the attempt). */
  currentAttemptId = (): string | null => this.attemptId;

  /** Queues a save; the promise settles when the server has stored it (or refused it for good), however long that takes. */
  enqueue = (request: Request): Promise<Result> =>
    new Promise<Result>((resolve) => {
      // A newer draft replaces the item's last queued save when that is a draft still waiting: never the one in
      // flight, nor a check, nor a draft queued before a check (the server would then get the check after it).
      const last = this.lastIndexOfItem(request.itemId);
      const replaceable = last >= 0 && !this.queue[last]!.request.check && (last > 0 || !this.flushing);
      if (replaceable && !request.check)
        this.queue[last] = { request, waiters: [...this.queue[last]!.waiters, resolve] };
      else this.queue.push({ request, waiters: [resolve] });
      this.persist();
      void this.flush();
    });

  /** Sends what is queued, in order, now; a retry already scheduled is brought forward. */
  flush = async (): Promise<void> => {
    if (this.flushing) return;
    this.flushing = true;
    this.cancelRetry();
    try {
      while (this.queue.length) {
        const pending = this.queue[0]!;
        const request = { ...pending.request, attemptId: pending.request.attemptId ?? this.attemptId };
        this.options.onStatus?.('saving');
        const result = await this.options.send(request).catch(() => null);
        if (result === null || isTransientFailure(result)) {
          this.scheduleRetry();
          return;
        }
        this.failures = 0;
        if (result.status === 'ok') this.attemptId = result.attemptId;
        this.queue.shift();
        this.persist();
        this.options.onResult?.(request, result);
        for (const waiter of pending.waiters) waiter(result);
      }
      this.options.onStatus?.('saved');
    } finally {
      this.flushing = false;
    }
  };

  /** Resolves once everything queued so far has been delivered (false if that takes longer than `timeoutMs`). */
  drain = async (timeoutMs: number): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    void this.flush();
    while (this.queue.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    return this.queue.length === 0;
  };

  /** Stops a scheduled retry (the page is going away); queued saves stay persisted for the next visit. */
  dispose = (): void => this.cancelRetry();

  private lastIndexOfItem(itemId: string): number {
    for (let index = this.queue.length - 1; index >= 0; index -= 1)
      if (this.queue[index]!.request.itemId === itemId) return index;
    return -1;
  }

  private scheduleRetry(): void {
    this.failures += 1;
    const online = this.options.isOnline?.() ?? true;
    this.options.onStatus?.(online ? 'retrying' : 'offline');
    this.retryTimer = setTimeout(() => void this.flush(), backoffMs(this.failures, this.options.maxBackoffMs));
  }

  private cancelRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private persist(): void {
    this.options.persist?.(this.queue.map((pending) => pending.request));
  }
}
