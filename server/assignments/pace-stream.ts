import 'server-only';
import { watchPace } from './pace';

/**
 * The stream ends itself before scripts/serve.mjs's 60-second response deadline would cut it; the browser's
 * EventSource reconnects after RETRY_MS and is sent the current section first, so nothing opened in between is missed.
 */
export const STREAM_LIFETIME_MS = 45_000;
const RETRY_MS = 1_000;
/** A comment line now and then, so that proxies do not take a quiet stream for a dead one. */
const HEARTBEAT_MS = 15_000;

export const EVENT_STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform: the server's compression would otherwise hold events back to fill a block.
  'Cache-Control': 'private, no-store, no-transform',
  'X-Accel-Buffering': 'no',
} as const;

const openedEvent = (section: number) => `event: opened\ndata: ${JSON.stringify({ section })}\n\n`;

/**
 * Server-Sent Events for one student's teacher-paced assignment: `opened` with the section open now, then again each
 * time the teacher opens another. It listens before it reads, so that a section opened between the two is not lost,
 * and sends only sections later than the last one sent. It ends when the channel goes down (the page then offers
 * "Continue"), when the browser goes away, or after STREAM_LIFETIME_MS. Null when the database cannot be heard now.
 */
export async function paceEventStream(
  assignmentId: string,
  currentSection: () => Promise<number>,
  signal: AbortSignal,
): Promise<Response | null> {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let ended = false;
  let lastSent = -1;
  let stop = () => {};
  const send = (text: string) => {
    if (!ended) controller.enqueue(encoder.encode(text));
  };
  const sendSection = (section: number) => {
    if (section <= lastSent) return;
    lastSent = section;
    send(openedEvent(section));
  };
  const finish = () => {
    if (ended) return;
    ended = true;
    stop();
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    signal.removeEventListener('abort', finish);
    controller.close();
  };
  const body = new ReadableStream<Uint8Array>({
    start: (streamController) => void (controller = streamController),
    cancel: finish,
  });
  const heartbeat = setInterval(() => send(': still here\n\n'), HEARTBEAT_MS);
  const lifetime = setTimeout(finish, STREAM_LIFETIME_MS);
  signal.addEventListener('abort', finish);

  const unsubscribe = await watchPace(assignmentId, { opened: sendSection, down: finish });
  if (!unsubscribe) {
    finish();
    return null;
  }
  stop = unsubscribe;
  send(`retry: ${RETRY_MS}\n\n`);
  try {
    sendSection(await currentSection());
  } catch (error) {
    finish();
    throw error;
  }
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}
