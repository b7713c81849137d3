/** See cache-policy.mjs: the parts serve.mjs and its tests call. */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export declare const SHARED_PAGE_HEADER: string;
export declare const SHARED_PAGE_CACHE_CONTROL: string;
export declare const PRIVATE_CACHE_CONTROL: string;
export declare function cachePolicyFor(
  status: number,
  headers: OutgoingHttpHeaders,
): { cacheControl: string | number | string[] | undefined; shared: boolean };
export declare function applyCachePolicy(response: ServerResponse): void;
export declare function isSharedPage(response: ServerResponse): boolean;
export declare function pairsOf(flat: readonly unknown[]): [unknown, unknown][];
