import 'server-only';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** What a listener hears on a channel: each payload, and, once, that the process has stopped hearing it. */
export type ChannelWatcher = { message(payload: string): void; down(): void };

/**
 * PostgreSQL's LISTEN/NOTIFY for the whole process: one listening session shared by every watcher, so that a NOTIFY
 * sent by any app instance reaches every page connected to any instance (docs/architecture.md).
 */
export interface Notifications {
  /**
   * Resolves once LISTEN is in effect (a NOTIFY committed after this is heard) with the unsubscribe, or with null
   * when the database cannot be heard now.
   */
  listen(channel: string, watcher: ChannelWatcher): Promise<(() => void) | null>;
  close(): Promise<void>;
}

/**
 * The listening session on PostgreSQL, opened by the first listener. It must be a direct connection: a pooler in
 * transaction mode hands each transaction to another server session and LISTEN would be lost. When the session
 * drops, every watcher is told and forgotten (its page offers "Continue" and tries again); the next listener connects.
 */
export function pgNotifications(connectionString: string): Notifications {
  const watchers = new Map<string, Set<ChannelWatcher>>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;

  function dropped(gone: pg.Client) {
    if (client !== gone) return;
    client = null;
    gone.removeAllListeners();
    gone.on('error', () => {});
    void gone.end().catch(() => {});
    const told = [...watchers.values()].flatMap((set) => [...set]);
    watchers.clear();
    for (const watcher of told) watcher.down();
  }

  function connect(): Promise<void> {
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
      next.on('error', () => {});
      try {
        await next.connect();
      } catch {
        await next.end().catch(() => {});
        return;
      }
      client = next;
      next.removeAllListeners('error');
      next.on('error', () => dropped(next));
      next.on('end', () => dropped(next));
      next.on('notification', ({ channel, payload }) => {
        for (const watcher of watchers.get(channel) ?? []) watcher.message(payload ?? '');
      });
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    async listen(channel, watcher) {
      if (closed) return null;
      if (!client) await connect();
      const session = client;
      if (!session) return null;
      if (!watchers.has(channel)) {
        try {
          // Repeating LISTEN for a channel already listened to is harmless, so two first listeners need no lock.
          await session.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        } catch {
          dropped(session);
          return null;
        }
        if (client !== session) return null;
      }
      const set = watchers.get(channel) ?? new Set();
      watchers.set(channel, set);
      set.add(watcher);
      return () => {
        set.delete(watcher);
      };
    },
    async close() {
      closed = true;
      const last = client;
      client = null;
      watchers.clear();
      last?.removeAllListeners();
      last?.on('error', () => {});
      await last?.end().catch(() => {});
    },
  };
}

/** Embedded PGlite: one process, one database, so its own LISTEN/NOTIFY always reaches every watcher. */
export function pgliteNotifications(database: PGlite): Notifications {
  const stops = new Set<() => Promise<void>>();
  return {
    async listen(channel, watcher) {
      const unlisten = await database.listen(channel, (payload) => watcher.message(payload));
      stops.add(unlisten);
      return () => {
        stops.delete(unlisten);
        void unlisten().catch(() => {});
      };
    },
    async close() {
      await Promise.allSettled([...stops].map((unlisten) => unlisten()));
    },
  };
}
