/** See request-guards.mjs: the parts serve.mjs and the tests call. */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export declare function serverLimits(environment?: Record<string, string | undefined>): {
  connectionsPerAddress: number;
  connections: number;
};
export declare function capConnectionsPerAddress(server: Server, perAddress: number): Map<string, number>;
export declare function isNoScriptFormPost(request: IncomingMessage): boolean;
export declare function readBodyAndKeepIt(request: IncomingMessage, deadlineMs: number): Promise<Buffer | null>;
export declare function formBodyIsSafe(body: Buffer, contentType: string): Promise<boolean>;
export declare function endResponseAfter(
  request: IncomingMessage,
  response: ServerResponse,
  deadlineMs: number,
  refuse: (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    headers?: Record<string, string>,
  ) => void,
): void;
