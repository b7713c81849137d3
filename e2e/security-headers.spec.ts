import { createHash } from 'node:crypto';
import { appFiles } from './support/app-files';
import { openDemoClass } from './support/demo';
import { LESSON_SLUG, localesFor } from './support/locales';
import { expect, test, type Page } from './support/test';

// Every page of the build, in both languages (each prerendered page has its own inline scripts and hashes), as the
// signed-in demo teacher (so that teacher pages render):
// the security headers are there, and the policy allows the page's own scripts and nothing else: a page rendered
// per request by a fresh nonce that each script carries, a prerendered page by the hash of each inline script.
// (Every spec also fails on any script the policy refuses: e2e/support/test.ts.)

function scriptPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '))!;
}

type ScriptPolicy = { nonce?: string; hashes: string[] };

/** The security headers every page sends, and a script policy that allows exactly the page's own scripts. */
async function expectSecureResponse(page: Page, pathname: string): Promise<ScriptPolicy> {
  const response = await page.goto(pathname);
  expect(response, pathname).not.toBeNull();
  const headers = response!.headers();
  const policy = headers['content-security-policy'] ?? '';
  const scripts = scriptPolicy(policy);
  expect(scripts, pathname).toMatch(/^script-src 'self'( |$)/);
  expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/);
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
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scripts)?.[1];
  const hashes = [...scripts.matchAll(/'(sha256-[A-Za-z0-9+/=]+)'/g)].map((match) => match[1]!);
  // The browser hides a nonce attribute from the DOM but keeps it on the element's `nonce` property.
  const pageScripts = await page.evaluate(() =>
    [...document.scripts].map((script) => ({ src: script.src, nonce: script.nonce, text: script.textContent ?? '' })),
  );
  expect(pageScripts.length, `${pathname}: scripts`).toBeGreaterThan(0);
  // Inline scripts: each carries this response's nonce (rendered per request) or has its hash in the policy
  // (prerendered). Files: this origin's only; the router also adds chunk scripts of its own (to prefetch a page).
  for (const script of pageScripts) {
    if (script.src) expect(new URL(script.src).origin, pathname).toBe(new URL(response!.url()).origin);
    else if (nonce) expect(script.nonce, `${pathname}: an inline script's nonce`).toBe(nonce);
    else expect(hashes, `${pathname}: the hash of an inline script`).toContain(`sha256-${sha256(script.text)}`);
  }
  if (nonce) expect(pageScripts.filter((script) => script.src && script.nonce === nonce).length).toBeGreaterThan(0);
  return { nonce, hashes };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

for (const { locale, messages } of localesFor('every page sends the security headers')) {
  test(`every page sends the security headers, and a script policy that names each of its scripts by nonce or hash (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { page, classId } = await openDemoClass(browser, baseURL!, locale, messages);
    const learnerId = (await page.locator('a[href*="/students/"]').first().getAttribute('href'))!.split('/').pop()!;
    const values: Record<string, string> = {
      '[locale]': locale,
      '[slug]': LESSON_SLUG,
      '[quizId]': 'attribution',
      '[view]': 'bilingual',
      '[classId]': classId,
      '[learnerId]': learnerId,
      '[...rest]': 'no-such-page',
      // A class's address without its lesson, as bookmarked before addresses named the lesson.
      '[[...page]]': 'written/attribution',
    };
    // A dynamic segment of a page's directory: [classId], [...rest], [[...page]].
    const SEGMENT = /\[\[?(?:\.\.\.)?[a-zA-Z]+\]\]?/g;
    // Each page's directory under app/, e.g. "[locale]/lessons/[slug]/".
    const files = appFiles('page.tsx').map((file) => file.replace(/page\.tsx$/, ''));
    expect(files.length).toBeGreaterThan(10);
    const policies = new Map<string, ScriptPolicy>();
    for (const file of files) {
      const pathname = `/${file.replace(SEGMENT, (segment) => values[segment]!)}`.replace(/\/$/, '');
      policies.set(pathname, await expectSecureResponse(page, pathname));
    }
    // A page rendered per request (the teacher's home) gets a fresh nonce each time.
    const teacherHome = `/${locale}/teacher`;
    const again = await expectSecureResponse(page, teacherHome);
    expect(policies.get(teacherHome)?.nonce).toBeTruthy();
    expect(again.nonce).not.toBe(policies.get(teacherHome)!.nonce);
    // The home page is the same for everyone: it is served as prerendered HTML, its scripts allowed by hash.
    const home = policies.get(`/${locale}`)!;
    expect(home.nonce, 'the home page is prerendered, no nonce').toBeUndefined();
    expect(home.hashes.length).toBeGreaterThan(0);
    // A URL under a language that matches nothing gets that language's 404 page, rendered per request (its nonce).
    const missing = await page.goto(`/${locale}/no-such-page`);
    expect(missing?.status()).toBe(404);
    expect(policies.get(`/${locale}/no-such-page`)?.nonce).toBeTruthy();
    const missingPolicy = missing!.headers()['content-security-policy'] ?? '';
    expect(missingPolicy).toContain("frame-ancestors 'none'");
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.context().close();
  });
}

test('a missing build file gets a policy too, and no header repeats a forged Host', async ({ request }) => {
  const missing = await request.get('/_next/static/chunks/no-such-file.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const page = await request.get('/en', { headers: { Host: 'evil.example' } });
  expect(JSON.stringify(page.headers())).not.toContain('evil.example');
});

test('files and downloads are not sniffed as another type', async ({ request }) => {
  const icon = await request.get('/icon.svg');
  expect(icon.headers()['x-content-type-options']).toBe('nosniff');
  expect(icon.headers()['referrer-policy']).toBe('same-origin');
});
