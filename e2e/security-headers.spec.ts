import en from '../messages/en.json';
import { appFiles } from './support/app-files';
import { openDemoClass } from './support/demo';
import { LESSON_SLUG } from './support/locales';
import { expect, test, type Page } from './support/test';

// Every page of the build, in both languages, as the signed-in demo teacher (so that teacher pages render):
// the security headers are there, the policy has a fresh nonce, and every script of the page carries it.

function scriptPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '))!;
}

async function expectSecureResponse(page: Page, pathname: string): Promise<string> {
  const response = await page.goto(pathname);
  expect(response, pathname).not.toBeNull();
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptPolicy(policy))?.[1];
  expect(nonce, `${pathname}: a script nonce`).toBeTruthy();
  expect(scriptPolicy(policy)).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(policy).not.toContain('unsafe-eval');
  for (const directive of [
    "default-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(policy, pathname).toContain(directive);
  }
  expect(headers['x-content-type-options'], pathname).toBe('nosniff');
  expect(headers['referrer-policy'], pathname).toBe('same-origin');
  expect(headers['permissions-policy'], pathname).toContain('camera=()');
  expect(headers['permissions-policy'], pathname).toContain('microphone=()');
  // The browser hides a nonce attribute from the DOM but keeps it on the element's `nonce` property.
  const scriptNonces = await page.evaluate(() => [...document.scripts].map((script) => script.nonce));
  expect(scriptNonces.length, `${pathname}: scripts`).toBeGreaterThan(0);
  expect(new Set(scriptNonces), pathname).toEqual(new Set([nonce]));
  return nonce!;
}

test('every page sends the security headers, with a fresh script nonce that each of its scripts carries', async ({
  browser,
}, info) => {
  test.setTimeout(120_000);
  const { page, classUrl } = await openDemoClass(browser, info.project.use.baseURL!, 'en', en);
  const learnerId = (await page.locator('a[href*="/students/"]').first().getAttribute('href'))!.split('/').pop()!;
  const classId = classUrl.split('/').pop()!;
  const values: Record<string, string> = {
    '[slug]': LESSON_SLUG,
    '[quizId]': 'attribution',
    '[classId]': classId,
    '[learnerId]': learnerId,
  };
  // Each page's directory under app/, e.g. "[locale]/lessons/[slug]/".
  const files = appFiles('page.tsx').map((file) => file.replace(/page\.tsx$/, ''));
  expect(files.length).toBeGreaterThan(10);
  for (const locale of ['en', 'es']) {
    for (const file of files) {
      const pathname =
        `/${file.replace(/\[[a-zA-Z]+\]/g, (segment) => (segment === '[locale]' ? locale : values[segment]!))}`.replace(
          /\/$/,
          '',
        );
      await expectSecureResponse(page, pathname);
    }
  }
  const first = await expectSecureResponse(page, '/en');
  const second = await expectSecureResponse(page, '/en');
  expect(second).not.toBe(first);
  // A URL that matches nothing gets the same protection on its 404 page.
  const missing = await page.goto('/en/no-such-page');
  expect(missing?.status()).toBe(404);
  expect(missing?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page.context().close();
});

test('files and downloads are not sniffed as another type', async ({ request }) => {
  const icon = await request.get('/icon.svg');
  expect(icon.headers()['x-content-type-options']).toBe('nosniff');
  expect(icon.headers()['referrer-policy']).toBe('same-origin');
});
