import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

/** Every Server Action of the build: its id, where it is defined, and a page it can be posted to. */
export function serverActions(): { id: string; key: string; pages: string[] }[] {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename.replace(/^app\//, '')}#${entry.exportedName}`,
    pages: Object.keys(entry.workers),
  }));
}

export type ActionArgs = { form: Record<string, string>; withPreviousState: boolean } | { json: unknown[] };

/**
 * Calls a Server Action the way React does: `Next-Action` header, arguments encoded as React's reply format
 * (a FormData argument becomes "$K1" and its fields "_1_name"). The request context carries the actor's cookies.
 */
export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  pagePath: string,
  actionId: string,
  args: ActionArgs,
  extraHeaders: Record<string, string> = {},
): Promise<APIResponse> {
  const headers = { 'Next-Action': actionId, Accept: 'text/x-component', Origin: baseURL, ...extraHeaders };
  if ('json' in args) {
    return request.post(`${baseURL}${pagePath}`, {
      headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify(args.json),
      maxRedirects: 0,
    });
  }
  // The fields first and the root "0" last, as browsers send it: the server resolves "$K1" from fields already read.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(args.form)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify(args.withPreviousState ? [{ status: 'idle' }, '$K1'] : ['$K1']));
  return request.post(`${baseURL}${pagePath}`, { headers, multipart, maxRedirects: 0 });
}
