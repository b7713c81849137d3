import { describe, expect, it } from 'vitest';
import { fuzzRequests, fuzzSeed, type FuzzRequest, type FuzzWorld } from './fuzz-requests';

// The fuzz test prints its seed so that a failing run can be replayed: the same seed must give the same requests.

const WORLD: FuzzWorld = {
  baseURL: 'http://localhost:3000',
  cookies: { anonymous: '', student: 'fuente_session=student', teacher: 'fuente_teacher=teacher' },
  ids: { ownClassId: '11111111-1111-4111-8111-111111111111', otherTenant: ['22222222-2222-4222-8222-222222222222'] },
};
const ACTION = { id: '7f'.repeat(21), key: '[locale]/join/actions.ts#joinAction', pages: ['app/[locale]/join/page'] };
const ROUTES = [
  'api/[locale]/answers/route.ts',
  '[locale]/teacher/classes/[classId]/lessons/[slug]/export/students/route.ts',
];
const CASES = 60;

/** Everything a request sends, the body read out whatever its type. */
async function sent({ url, init }: FuzzRequest) {
  const { body } = init;
  let content: unknown = body ?? null;
  if (body instanceof FormData) content = [...body.entries()].map(([name, value]) => [name, String(value)]);
  else if (body instanceof ReadableStream) content = await new Response(body).text();
  else if (body instanceof Uint8Array) content = Array.from(body as Uint8Array);
  return { url, method: init.method, headers: init.headers, content };
}

async function run(seed: number) {
  const { actionRequest, routeRequest } = fuzzRequests(seed, WORLD);
  const requests: unknown[] = [];
  for (let index = 0; index < CASES; index += 1) {
    requests.push(await sent(actionRequest(ACTION, index)));
    for (const route of ROUTES) requests.push(await sent(routeRequest(route, index)));
  }
  return requests;
}

describe('fuzz requests', () => {
  it('replays exactly for the same seed, and differ for another', async () => {
    const first = await run(20_180_619);
    expect(await run(20_180_619)).toEqual(first);
    expect(await run(20_180_620)).not.toEqual(first);
  });

  it('takes the seed from FUENTE_FUZZ_SEED, and draws one when it is unset', () => {
    expect(fuzzSeed('12345')).toBe(12_345);
    expect(() => fuzzSeed('12abc')).toThrow(/FUENTE_FUZZ_SEED/);
    const drawn = new Set(Array.from({ length: 5 }, () => fuzzSeed(undefined)));
    expect(drawn.size).toBeGreaterThan(1);
  });
});
