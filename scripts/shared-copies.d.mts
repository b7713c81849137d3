/** See shared-copies.mjs: the parts serve.mjs and its tests call. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type SharedCopies = {
  serve(request: IncomingMessage, response: ServerResponse, key: string): boolean;
  keep(key: string, response: ServerResponse, body: Buffer): void;
  readonly size: number;
};

export declare function sharedCopyKey(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null;
export declare function wantsPrerenderedPage(
  request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
  prerenderedPaths: ReadonlySet<string>,
): boolean;
export declare function createSharedCopies(maxAddresses?: number): SharedCopies;
