// `npm start`: builds if the sources changed, then serves on PORT (default 3000).
// The server itself checks the configuration and applies migrations before it serves (instrumentation.ts).
import { spawn, spawnSync } from 'node:child_process';
import { SERVER_ARGS } from './server-process.mjs';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const port = process.env.PORT || '3000';
// scripts/serve.mjs, not `next start`: it decides which client address and protocol the app may trust.
const server = spawn(process.execPath, SERVER_ARGS, {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
