import { databaseFingerprint, testSupportEnabled } from '@/server/test-support';

// For the e2e fuzz test only: 404 unless the app was started with FUENTE_TEST_SUPPORT=1 (e2e/fuzz.spec.ts).
export async function GET(): Promise<Response> {
  if (!testSupportEnabled()) return new Response(null, { status: 404 });
  return Response.json(await databaseFingerprint(), { headers: { 'Cache-Control': 'no-store' } });
}
