import { connection } from 'next/server';
import { offlineFiles } from '@/server/offline-files';

// The build files the service worker stores when it installs (public/sw.js), so that the lesson opens offline. They
// are the same for everyone and name no learner; the list changes with each build, as the worker's version does.
export async function GET(): Promise<Response> {
  // Read from this server's build when asked, never frozen into the build that writes the list.
  await connection();
  return Response.json({ files: offlineFiles() }, { headers: { 'Cache-Control': 'no-store' } });
}
