// Faults in the middle of a class: the app process crashes (SIGKILL) and is started again on the same port, or
// PostgreSQL is stopped and started again. Students keep working through it with the quiz page's own retry logic;
// the run's checker then looks for anything lost or doubled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runClass, type ClassResult, type ClassSetup } from './classroom';

export type Fault = { name: string; inject: () => Promise<void> };
export type FaultResult = ClassResult & { fault: string; faultSeconds: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the class and, once the students are busy (`afterMs`), injects the fault and times it. */
export async function runClassWithFault(setup: ClassSetup, fault: Fault, afterMs: number): Promise<FaultResult> {
  let faultSeconds = Number.NaN;
  const injected = (async () => {
    await sleep(afterMs);
    const start = performance.now();
    await fault.inject();
    faultSeconds = (performance.now() - start) / 1000;
  })();
  const [result] = await Promise.all([runClass(setup), injected]);
  return { ...result, fault: fault.name, faultSeconds };
}

/** How long the database stays down during its restart: long enough for every student to notice. */
const POSTGRES_DOWN_MS = 3_000;

/**
 * The commands that stop and start the PostgreSQL server behind DATABASE_URL. FUENTE_BENCH_PG_STOP and
 * FUENTE_BENCH_PG_START (shell commands) say how; otherwise Debian's pg_ctlcluster is used for a local server.
 * Null when neither is available: the benchmark then says it skipped the restart.
 */
export function postgresRestart(databaseUrl: string): Fault | null {
  let stop = process.env.FUENTE_BENCH_PG_STOP;
  let start = process.env.FUENTE_BENCH_PG_START;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(new URL(databaseUrl).hostname);
  if ((!stop || !start) && local && existsSync('/usr/bin/pg_ctlcluster') && existsSync('/etc/postgresql')) {
    const version = readdirSync('/etc/postgresql').sort().at(-1);
    stop = `pg_ctlcluster --skip-systemctl-redirect ${version} main stop -m fast`;
    start = `pg_ctlcluster --skip-systemctl-redirect ${version} main start`;
  }
  if (!stop || !start) return null;
  const run = (command: string) => {
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  };
  return {
    name: `PostgreSQL stopped, ${POSTGRES_DOWN_MS / 1000} s down, started`,
    inject: async () => {
      run(stop!);
      await sleep(POSTGRES_DOWN_MS);
      run(start!);
    },
  };
}
