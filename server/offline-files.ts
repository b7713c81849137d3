import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// scripts/offline-files.mjs writes this file after every build (scripts/build.mjs).
const OFFLINE_FILES_FILE = path.join('.next', 'fuente-offline-files.json');

let loaded: string[] | undefined;

/**
 * The build files the lesson's pages need offline, read once from the build's list. Without the file (`next dev`,
 * a build made without scripts/build.mjs) the list is empty, and the service worker stores build files as the pages
 * load them.
 */
export function offlineFiles(): string[] {
  loaded ??= readOfflineFiles(path.join(process.cwd(), OFFLINE_FILES_FILE));
  return loaded;
}

export function readOfflineFiles(file: string): string[] {
  try {
    const { files } = JSON.parse(readFileSync(file, 'utf8')) as { files: unknown };
    return Array.isArray(files) ? files.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}
