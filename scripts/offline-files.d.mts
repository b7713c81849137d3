/** See offline-files.mjs. */
export declare const OFFLINE_FILES_FILE: string;
export declare const OFFLINE_ROUTES: readonly string[];
export declare function offlineFiles(distDir?: string): string[];
export declare function writeOfflineFiles(distDir?: string): string[];
