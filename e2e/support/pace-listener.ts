import { LESSON_SLUG } from './locales';

/** A simulated student's browser following a teacher-paced assignment's event stream, as the page's EventSource does. */
export type PaceListener = {
  /** When each section was first heard (Date.now()), by section number. */
  heardAt: Map<number, number>;
  stop(): void;
};

/** An EventSource's pause before it reconnects, as the stream's `retry:` line asks. */
const RETRY_MS = 1_000;

/**
 * Follows the student's stream on `baseURL` with their session cookie, reconnecting when the server ends it (every
 * 45 s) as a browser's EventSource does, and records when each `opened` event first arrives. Resolves once the first
 * event (the section open now) has come, so that the stream is known to be listening.
 */
export async function followPace(baseURL: string, sessionCookie: string, address: string): Promise<PaceListener> {
  const controller = new AbortController();
  const heardAt = new Map<number, number>();
  let first: () => void = () => {};
  let failed: (error: Error) => void = () => {};
  const listening = new Promise<void>((resolve, reject) => ((first = resolve), (failed = reject)));

  const follow = async () => {
    const response = await fetch(`${baseURL}/api/en/lessons/${LESSON_SLUG}/pace`, {
      headers: { cookie: `fuente_session=${sessionCookie}`, 'x-forwarded-for': address, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (response.status !== 200) throw new Error(`the pace stream answered ${response.status}`);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += value;
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const data = /^event: opened\ndata: (.*)$/m.exec(buffered.slice(0, end))?.[1];
        buffered = buffered.slice(end + 2);
        if (!data) continue;
        const { section } = JSON.parse(data) as { section: number };
        if (!heardAt.has(section)) heardAt.set(section, Date.now());
        first();
      }
    }
  };
  void (async () => {
    while (!controller.signal.aborted) {
      await follow().catch((error: Error) => {
        if (!controller.signal.aborted) failed(error);
      });
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  })();
  await listening;
  return { heardAt, stop: () => controller.abort() };
}

/** The 95th percentile of some durations, nearest rank. */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1]!;
}
