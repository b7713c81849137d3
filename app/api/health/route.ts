import { connection } from 'next/server';
import { passwordGateStats } from '@/server/auth/password-gate';

// Liveness probe for a load balancer or uptime monitor: 200 while this process serves requests. It touches neither
// the database nor a session, which also makes it the load benchmark's ceiling (bench/load): the cheapest request
// a route handler of this app can answer. It also reports the password gate's counters (server/auth/password-gate.ts),
// so an operator can see whether sign-ins are being turned away: counts only, nothing about anyone.
export async function GET(): Promise<Response> {
  // Answered per request, never prerendered at build time: a probe must reach the running process.
  await connection();
  return Response.json(
    { status: 'ok', passwordHashing: passwordGateStats() },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
