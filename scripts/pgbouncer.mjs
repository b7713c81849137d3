// PgBouncer in transaction mode in front of a PostgreSQL server, the way managed PostgreSQL services offer a pooled
// port: for bench:school's two-instance step and CI's pooled test pass. Uses Debian's `pgbouncer` package.
//   node scripts/pgbouncer.mjs <command…>   runs the command with TEST_DATABASE_URL pointing at a PgBouncer in front
//                                           of DATABASE_URL's server, and TEST_DATABASE_DIRECT_URL at the server itself.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BINARIES = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'];
/** Server connections per database and user: PostgreSQL's 100 by default leaves room for direct connections. */
const DEFAULT_POOL_SIZE = 40;

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function listening(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Starts PgBouncer for the server of `serverUrl`. Any database name reaches the same-named database on the server
 * (a wildcard entry), logging in as the URL's user. Returns `pooledUrl(url)`, which turns a direct URL into the
 * same database through PgBouncer, and `stop()`.
 * @param {string} serverUrl
 * @param {{ poolSize?: number }} [options]
 */
export async function startPgBouncer(serverUrl, { poolSize = DEFAULT_POOL_SIZE } = {}) {
  const binary = BINARIES.find((candidate) => existsSync(candidate));
  if (!binary) throw new Error("PgBouncer is not installed: apt-get install pgbouncer (Debian's package)");
  const server = new URL(serverUrl);
  const port = await freePort();
  // PgBouncer refuses to run as root; started by root it switches to the postgres user, who must read and write here.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fuente-pgbouncer-'));
  chmodSync(dir, 0o777);
  const target = [
    `host=${server.hostname || '127.0.0.1'}`,
    `port=${server.port || 5432}`,
    `user=${decodeURIComponent(server.username || 'postgres')}`,
    ...(server.password ? [`password=${decodeURIComponent(server.password)}`] : []),
  ].join(' ');
  const ini = path.join(dir, 'pgbouncer.ini');
  writeFileSync(
    ini,
    `[databases]
* = ${target}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
; The app authenticates nobody to PgBouncer here: it logs in to PostgreSQL with the credentials above.
auth_type = any
pool_mode = transaction
default_pool_size = ${poolSize}
max_client_conn = 2000
ignore_startup_parameters = extra_float_digits,options,application_name
logfile = ${path.join(dir, 'pgbouncer.log')}
pidfile = ${path.join(dir, 'pgbouncer.pid')}
`,
  );
  chmodSync(ini, 0o644);
  const asRoot = process.getuid?.() === 0;
  const child = spawn(binary, [...(asRoot ? ['-u', 'postgres'] : []), ini], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let attempt = 0; !(await listening(port)); attempt += 1) {
    if (child.exitCode !== null || attempt > 100) {
      const log = existsSync(path.join(dir, 'pgbouncer.log'))
        ? readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8')
        : '';
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PgBouncer did not start: ${log.trim().split('\n').slice(-3).join(' / ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    /** @param {string} directUrl a database on the same server */
    pooledUrl(directUrl) {
      const url = new URL(directUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      url.password = '';
      return url.toString();
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const command = process.argv.slice(2);
  const serverUrl = process.env.DATABASE_URL;
  if (!command.length || !serverUrl) {
    console.error('usage: DATABASE_URL=postgres://… node scripts/pgbouncer.mjs <command…>');
    process.exit(2);
  }
  const bouncer = await startPgBouncer(serverUrl);
  console.log(`PgBouncer (transaction mode) on 127.0.0.1:${bouncer.port} in front of ${new URL(serverUrl).host}`);
  const result = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: bouncer.pooledUrl(serverUrl), TEST_DATABASE_DIRECT_URL: serverUrl },
  });
  await bouncer.stop();
  process.exit(result.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
