// CPU and memory of the app and of PostgreSQL during a step, read from /proc (Linux only; elsewhere the columns
// say "–"). CPU is the processes' user + system time over the step's wall time, in % of one core (200 % is both cores
// of a 2-core machine). Memory is the peak over one-second samples: the app's resident set, and PostgreSQL's
// proportional set (PSS) summed over its processes, so that the shared buffers count once and not per backend.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export type Usage = { cpuPercent: number; peakMiB: number };
export type StepUsage = { app: Usage; postgres: Usage; loadGenerator: Usage };

const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 1_000;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** utime + stime of one process, in seconds; fields 14 and 15 of /proc/<pid>/stat, after the command's parentheses. */
function cpuSeconds(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Memory of one process in KiB: PSS when /proc lets us read it, otherwise the resident set. */
function memoryKiB(pid: number, kind: 'rss' | 'pss'): number {
  const source = kind === 'pss' ? read(`/proc/${pid}/smaps_rollup`) : read(`/proc/${pid}/status`);
  const match = source && (kind === 'pss' ? /^Pss:\s+(\d+)/m : /^VmRSS:\s+(\d+)/m).exec(source);
  if (match) return Number(match[1]);
  return kind === 'pss' ? memoryKiB(pid, 'rss') : 0;
}

/** Every PostgreSQL server process on this machine (the postmaster and its backends). */
function postgresPids(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => read(`/proc/${pid}/comm`)?.trim() === 'postgres');
}

/**
 * Starts sampling; `stop()` returns the step's usage. Backends that exit during the step take their CPU time with
 * them, so PostgreSQL's CPU is a lower bound when connections come and go (the app's pool keeps them open).
 */
export function watchResources(appPids: number[]): { stop: () => StepUsage } {
  const available = read('/proc/self/stat') !== null;
  const started = performance.now();
  const generatorStart = process.cpuUsage();
  const firstCpu = new Map<number, number>();
  const note = (pids: number[]) => {
    for (const pid of pids) if (!firstCpu.has(pid)) firstCpu.set(pid, cpuSeconds(pid));
  };
  note(appPids);
  note(postgresPids());
  let appPeak = 0;
  let postgresPeak = 0;
  const sample = () => {
    const pg = postgresPids();
    note(pg);
    appPeak = Math.max(
      appPeak,
      appPids.reduce((sum, pid) => sum + memoryKiB(pid, 'rss'), 0),
    );
    postgresPeak = Math.max(
      postgresPeak,
      pg.reduce((sum, pid) => sum + memoryKiB(pid, 'pss'), 0),
    );
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const seconds = (performance.now() - started) / 1000;
      const used = (pids: number[]) =>
        pids.reduce((sum, pid) => sum + Math.max(0, cpuSeconds(pid) - (firstCpu.get(pid) ?? 0)), 0);
      const percent = (cpu: number) => (available ? (100 * cpu) / seconds : Number.NaN);
      const generator = process.cpuUsage(generatorStart);
      return {
        app: { cpuPercent: percent(used(appPids)), peakMiB: available ? appPeak / 1024 : Number.NaN },
        postgres: { cpuPercent: percent(used(postgresPids())), peakMiB: available ? postgresPeak / 1024 : Number.NaN },
        loadGenerator: {
          cpuPercent: (100 * (generator.user + generator.system)) / 1e6 / seconds,
          peakMiB: process.memoryUsage().rss / 1024 / 1024,
        },
      };
    },
  };
}
