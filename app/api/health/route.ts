import { connection } from 'next/server';

// Liveness probe for a load balancer or uptime monitor: 200 while this process serves requests. It touches neither
// the database nor a session, which also makes it the load benchmark's ceiling (bench/load): the cheapest request
// a route handler of this app can answer.
export async function GET(): Promise<Response> {
  // Answered per request, never prerendered at build time: a probe must reach the running process.
  await connection();
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
