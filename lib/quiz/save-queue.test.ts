import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffMs, SaveQueue, type SaveOutcome, type SaveQueueStatus } from './save-queue';

type Request = { itemId: string; check: boolean; attemptId: string | null; seq: number };
type Result = SaveOutcome & { seq?: number };

const save = (itemId: string, seq: number, check = false): Request => ({ itemId, check, attemptId: null, seq });
const ok = (request: Request): Result => ({ status: 'ok', attemptId: 'attempt-1', seq: request.seq });

/** A server that answers with the scripted outcomes in turn ("ok" once they run out) and records what it received. */
function scriptedServer(script: ('ok' | 'throw' | 'server' | 'invalid')[], delayMs = 0) {
  const received: Request[] = [];
  const send = vi.fn(async (request: Request): Promise<Result> => {
    received.push(request);
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const next = script.shift() ?? 'ok';
    if (next === 'throw') throw new Error('network down');
    if (next === 'server') return { status: 'error', code: 'server' };
    if (next === 'invalid') return { status: 'error', code: 'invalid' };
    return ok(request);
  });
  return { send, received };
}

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('delivers saves in order and gives each caller its result', async () => {
    const server = scriptedServer([]);
    const queue = new SaveQueue<Request, Result>({ send: server.send });
    const results = await Promise.all([queue.enqueue(save('q1', 1, true)), queue.enqueue(save('q2', 1, true))]);
    expect(server.received.map((request) => request.itemId)).toEqual(['q1', 'q2']);
    expect(results.map((result) => result.seq)).toEqual([1, 1]);
    expect(queue.size).toBe(0);
  });

  it('retries a save the network dropped, with backoff, and keeps it persisted meanwhile', async () => {
    const server = scriptedServer(['throw', 'throw']);
    const persisted: Request[][] = [];
    const statuses: SaveQueueStatus[] = [];
    const queue = new SaveQueue<Request, Result>({
      send: server.send,
      persist: (requests) => persisted.push(requests),
      onStatus: (status) => statuses.push(status),
    });
    const delivered = queue.enqueue(save('q1', 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(persisted.at(-1)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(server.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect((await delivered).status).toBe('ok');
    expect(server.send).toHaveBeenCalledTimes(3);
    expect(persisted.at(-1)).toEqual([]);
    expect(statuses).toContain('retrying');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('retries when the server says it could not store the save (its database was down)', async () => {
    const server = scriptedServer(['server']);
    const onResult = vi.fn();
    const queue = new SaveQueue<Request, Result>({ send: server.send, onResult });
    const delivered = queue.enqueue(save('q1', 1));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await delivered).toMatchObject({ status: 'ok' });
    expect(server.send).toHaveBeenCalledTimes(2);
    // The failed try is not reported as a result: only the delivered one is.
    expect(onResult).toHaveBeenCalledTimes(1);
  });

  it('does not retry a save the server refused for good', async () => {
    const server = scriptedServer(['invalid']);
    const queue = new SaveQueue<Request, Result>({ send: server.send });
    expect(await queue.enqueue(save('q1', 1))).toEqual({ status: 'error', code: 'invalid' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(1);
  });

  it('replaces a waiting draft of the same item with the newer one, but never a check', async () => {
    const server = scriptedServer([], 100);
    const queue = new SaveQueue<Request, Result>({ send: server.send });
    // Seq 1 is in flight; seq 2 waits and seq 3 replaces it; the check (seq 4) and the draft after it (seq 5) queue up.
    void queue.enqueue(save('q1', 1));
    void queue.enqueue(save('q1', 2));
    void queue.enqueue(save('q1', 3));
    void queue.enqueue(save('q1', 4, true));
    void queue.enqueue(save('q1', 5));
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.received.map((request) => request.seq)).toEqual([1, 3, 4, 5]);
  });

  it('sends the attempt id learned from the first save with the saves queued before it was known', async () => {
    const server = scriptedServer([]);
    const queue = new SaveQueue<Request, Result>({ send: server.send });
    await Promise.all([queue.enqueue(save('q1', 1)), queue.enqueue(save('q2', 1))]);
    expect(server.received.map((request) => request.attemptId)).toEqual([null, 'attempt-1']);
  });

  it('flush() sends at once instead of waiting for the scheduled retry', async () => {
    const server = scriptedServer(['throw', 'throw', 'throw']);
    const queue = new SaveQueue<Request, Result>({ send: server.send });
    void queue.enqueue(save('q1', 1));
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.send).toHaveBeenCalledTimes(3);
    await queue.flush();
    expect(server.send).toHaveBeenCalledTimes(4);
    expect(queue.size).toBe(0);
  });

  it('drain() reports whether everything was delivered in time', async () => {
    const server = scriptedServer(['throw', 'throw', 'throw', 'throw']);
    const queue = new SaveQueue<Request, Result>({ send: server.send });
    void queue.enqueue(save('q1', 1));
    const drained = queue.drain(2000);
    await vi.advanceTimersByTimeAsync(2100);
    expect(await drained).toBe(false);
    expect(queue.size).toBe(1);
  });
});

describe('backoffMs', () => {
  it('doubles from one second up to the maximum', () => {
    expect([1, 2, 3, 4, 10].map((failures) => backoffMs(failures))).toEqual([1000, 2000, 4000, 8000, 30_000]);
  });
});
