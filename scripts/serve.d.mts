/** See serve.mjs: the parts its tests call. */
import type { IncomingMessage } from 'node:http';

export declare function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: number,
): string;
export declare function screenRequest(request: IncomingMessage, trustedProxies: number): 411 | 413 | null;
