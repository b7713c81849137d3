import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../env';

let cached: Buffer | undefined;

/**
 * The server's secret key: FUENTE_SECRET, or a random key kept in FUENTE_DATA_DIR/secret (created on first use, readable
 * by the app's user only). Several instances on one database must share it: set FUENTE_SECRET on each.
 */
export function serverSecret(): Buffer {
  if (cached) return cached;
  const { FUENTE_SECRET, FUENTE_DATA_DIR } = env();
  if (FUENTE_SECRET) return (cached = Buffer.from(FUENTE_SECRET, 'utf8'));
  const file = path.resolve(FUENTE_DATA_DIR, 'secret');
  try {
    cached = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const key = randomBytes(32).toString('base64url');
    // 'wx' fails if another process created the file first; then read theirs.
    try {
      writeFileSync(file, `${key}\n`, { flag: 'wx', mode: 0o600 });
    } catch {
      /* created meanwhile */
    }
    cached = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  }
  return cached;
}
