import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureLearnerId } from '../auth/learner-session';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { paceEndpoint } from './pace-endpoint';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

async function get(slug: string, locale = 'en') {
  const request = new Request(`http://localhost:3000/api/${locale}/lessons/${encodeURIComponent(slug)}/pace`);
  const response = await paceEndpoint(request, { params: Promise.resolve({ locale, slug }) });
  return response.status;
}

describe('GET /api/{locale}/lessons/{slug}/pace', () => {
  it('is a 404, not a 503, for a signed-in student and a slug of no lesson, control characters included', async () => {
    await ensureLearnerId();
    expect(await get('\u0000\u0001\u001f')).toBe(404);
    expect(await get('no-such-lesson', 'es')).toBe(404);
    // A real lesson without a paced assignment is a 404 too: the student has nothing to follow.
    expect(await get('zero-tolerance')).toBe(404);
  });
});
