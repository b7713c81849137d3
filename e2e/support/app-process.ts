import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { SERVER_ARGS } from '../../scripts/server-process.mjs';

type Env = Record<string, string | undefined>;

/** A port no one listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function spawnApp(port: number, env: Env): { child: ChildProcess; output: () => { stdout: string; stderr: string } } {
  const merged: Env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PORT: String(port),
    // The shared test server's seed listener is not this app's: a spec that wants one passes its own.
    FUENTE_E2E_SEED_PORT: undefined,
    FUENTE_E2E_SEED_TOKEN: undefined,
    ...env,
  };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  // FUENTE_BENCH_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops (bench/README.md).
  const profile = process.env.FUENTE_BENCH_PROFILE;
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...SERVER_ARGS], {
    env: merged as NodeJS.ProcessEnv,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return { child, output: () => ({ stdout, stderr }) };
}

export type RunningApp = {
  baseURL: string;
  port: number;
  /** The server's process (scripts/serve.mjs runs Next.js in it), for the school benchmark's CPU and memory. */
  pid: number;
  /** Stops the app: SIGTERM lets it finish what it is doing, SIGKILL is a crash (the load benchmark's fault). */
  stop: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>;
};

/** Starts the built app (on a free port unless one is given, as when restarting it) and resolves once it serves /en. */
export async function startApp(env: Env, options: { port?: number } = {}): Promise<RunningApp> {
  const port = options.port ?? (await freePort());
  const { child, output } = spawnApp(port, env);
  const baseURL = `http://localhost:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`app exited with ${code}: ${output().stderr}`))),
  );
  const ready = (async () => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const ok = await fetch(`${baseURL}/en`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`app did not become ready: ${output().stdout}`);
  })();
  await Promise.race([ready, exited]);
  return {
    baseURL,
    port,
    pid: child.pid!,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Starts the app expecting it to refuse to start; returns its exit code and output. */
export async function startAppExpectingFailure(
  env: Env,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { child, output } = spawnApp(await freePort(), env);
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, ...output() };
}
