import { randomBytes } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import en from '../messages/en.json';
import es from '../messages/es.json';
import { createFreshDatabase } from '../scripts/fresh-database.mjs';
import { freePort, startApp } from './support/app-process';
import { LESSON_SLUG, localesFor } from './support/locales';
import { seedTeacher, type SeedEndpoint } from './support/seed';
import { callAction, serverActions } from './support/server-actions';
import { TEACHER_PASSWORD } from './support/teacher';
import { expect, test } from './support/test';

// What a client can and cannot do to a deployment with default settings (no trusted proxy), on an app of this spec's
// own: the shared e2e server trusts one proxy so that its simulated users can sit at different addresses.

test.describe.configure({ mode: 'serial' });

let baseURL: string;
let seed: SeedEndpoint;
let stopApp: () => Promise<void>;
let dropDatabase: () => Promise<void>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const database = await createFreshDatabase('hardening');
  dropDatabase = database.cleanup;
  // A seed listener of its own, for the teacher whose password changes (e2e/support/seed.ts).
  seed = { port: await freePort(), token: randomBytes(24).toString('base64url') };
  ({ baseURL, stop: stopApp } = await startApp({
    ...database.env,
    FUENTE_TRUSTED_PROXIES: undefined,
    FUENTE_E2E_SEED_PORT: String(seed.port),
    FUENTE_E2E_SEED_TOKEN: seed.token,
  }));
});

test.afterAll(async () => {
  await stopApp?.();
  await dropDatabase?.();
});

const actionId = (key: string) => serverActions().find((action) => action.key.endsWith(key))!.id;

/** Starts in the first half of a minute, so that a burst of tries stays in one throttle window. */
async function atStartOfAMinute() {
  const into = Date.now() % 60_000;
  if (into > 30_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - into + 200));
}

async function wrongResumeCode(request: APIRequestContext, forgedAddress: string): Promise<string> {
  const response = await callAction(
    request,
    baseURL,
    '/en/join/resume',
    actionId('join/actions.ts#resumeAction'),
    { form: { code: 'ABCDEF', resumeCode: 'ZZZZZZZZ' }, withPreviousState: true },
    { 'X-Forwarded-For': forgedAddress },
  );
  expect(response.status()).toBe(200);
  return response.text();
}

test('a forged X-Forwarded-For does not give a client a fresh throttle bucket', async ({ playwright }) => {
  test.setTimeout(120_000);
  const request = await playwright.request.newContext();
  await atStartOfAMinute();
  // One class's wrong resume codes from one address: 20 a minute. Every try claims another address.
  const answers: string[] = [];
  for (let index = 1; index <= 21; index += 1)
    answers.push(await wrongResumeCode(request, `198.51.100.${index}, 203.0.113.${index}`));
  expect(answers.slice(0, 20).filter((answer) => answer.includes(en.Resume.invalid))).toHaveLength(20);
  expect(answers[20]).toContain(en.Forms.throttled);
  await request.dispose();
});

test('a burst of password changes from one client: at most its two places, the overflow told the server is busy', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL });
  await seedTeacher(context, baseURL, seed);
  const action = actionId('teacher/actions.ts#changePasswordAction');
  await atStartOfAMinute();
  const responses = await Promise.all(
    Array.from({ length: 20 }, async (_, index) => {
      const locale = index % 2 ? 'es' : 'en';
      const response = await callAction(context.request, baseURL, `/${locale}/teacher/account`, action, {
        form: { current: TEACHER_PASSWORD, next: `a new long password ${index}` },
        withPreviousState: true,
      });
      return { locale, status: response.status(), text: await response.text() };
    }),
  );
  // Five tries a minute reach the password (the throttle answers the rest), and of those the password gate gives
  // one client address two places at a time (server/auth/password-gate.ts): every other try is answered at once, in
  // the page's language, and changes nothing.
  expect(responses.every((response) => response.status === 200)).toBe(true);
  const said = (key: 'busy' | 'throttled', response: (typeof responses)[number]) =>
    response.text.includes((response.locale === 'es' ? es : en).Forms[key]);
  expect(responses.filter((response) => said('throttled', response)).length).toBeGreaterThanOrEqual(15);
  expect(
    responses.filter((response) => !said('throttled', response) && !said('busy', response)).length,
  ).toBeLessThanOrEqual(5);
  const health = await (await playwright.request.newContext()).get(`${baseURL}/api/health`);
  const { passwordHashing } = (await health.json()) as { passwordHashing: { peakRunning: number; running: number } };
  expect(passwordHashing.peakRunning).toBeGreaterThan(0);
  expect(passwordHashing.peakRunning).toBeLessThanOrEqual(2);
  await context.close();
});

test('bodies without a declared length, or larger than 1 MiB, are refused before the app reads them', async () => {
  const chunks = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('["$K1"]'));
      controller.close();
    },
  });
  const chunked = await fetch(`${baseURL}/es/join`, {
    method: 'POST',
    headers: { Origin: baseURL, 'Content-Type': 'text/plain;charset=UTF-8', 'Next-Action': 'a'.repeat(42) },
    body: chunks,
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(411);
  expect(await chunked.text()).toBe(es.RequestErrors['411']);
  const large = await fetch(`${baseURL}/en/join`, {
    method: 'POST',
    headers: { Origin: baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `name=${'x'.repeat(1_100_000)}`,
  }).catch((error: Error & { cause?: { code?: string } }) => ({ status: error.cause?.code }));
  // The app answers 413 at once and closes; the client may still be sending and see the connection reset instead.
  expect([413, 'ECONNRESET', 'EPIPE']).toContain(large.status);
});

test('a client cannot claim HTTPS: a forged X-Forwarded-Proto gets no Strict-Transport-Security', async () => {
  const response = await fetch(`${baseURL}/en`, { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('strict-transport-security')).toBeNull();
});

for (const { locale, messages } of localesFor('hardening not-found')) {
  test(`${locale}: a malformed attempt id in the results address gives the not-found page`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const response = await page.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/comprehension/results?attempt=x`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: messages.NotFoundPage.title })).toBeVisible();
    await context.close();
  });
}

test('behind a trusted proxy that reports HTTPS, pages send Strict-Transport-Security', async ({ request }) => {
  // The shared e2e server trusts one proxy (scripts/e2e-server.mjs); this request plays that proxy.
  const overHttps = await request.get('/en', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=31536000');
  const overHttp = await request.get('/en');
  expect(overHttp.headers()['strict-transport-security']).toBeUndefined();
});
