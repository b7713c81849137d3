// The page's side of the conversation with the service worker (public/sw.js). Every call is a no-op where there is
// no worker (development, a browser without service workers, the first visit before it installs).

/** The build this page came from: the worker's version, so a new deploy installs a new worker (next.config.mjs). */
const VERSION = process.env.NEXT_PUBLIC_FUENTE_VERSION ?? 'dev';

export type WorkerMessage =
  { type: 'keep-offline'; urls: string[] } | { type: 'answers-saved' } | { type: 'forget-learner' };

function available(): boolean {
  return process.env.NODE_ENV === 'production' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

/** Registers this build's worker for the whole origin. The URL names the version: a new one replaces the old worker. */
export function registerServiceWorker(): void {
  if (!available()) return;
  navigator.serviceWorker
    .register(`/sw.js?v=${encodeURIComponent(VERSION)}`, { scope: '/', updateViaCache: 'none' })
    .catch(() => undefined);
}

/** Sends a message to the active worker; resolves with its reply, or null when there is no worker or no reply. */
export async function tellServiceWorker(message: WorkerMessage, timeoutMs = 30_000): Promise<unknown> {
  if (!available()) return null;
  const registration = await navigator.serviceWorker.getRegistration('/');
  const worker = registration?.active;
  if (!worker) return null;
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/** Waits for this build's worker to be active (it installs on the first visit), then sends the message. */
export async function tellServiceWorkerWhenReady(message: WorkerMessage): Promise<unknown> {
  if (!available()) return null;
  await navigator.serviceWorker.ready;
  return tellServiceWorker(message);
}

/**
 * Deletes the learner's offline copies (their state; the shared pages go with them) when a learner signs out or
 * someone signs in on this browser, so that nobody opens another learner's work from the cache.
 */
export function forgetOfflineLearner(): void {
  void tellServiceWorker({ type: 'forget-learner' });
}
