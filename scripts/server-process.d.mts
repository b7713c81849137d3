/** See server-process.mjs. */
export declare const SERVER_ARGS: string[];
