import { expect, type Browser, type Page } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../../scripts/seed-demo.mjs';
import type en from '../../messages/en.json';

// scripts/e2e-server.mjs runs `npm run demo` (scripts/seed-demo.mjs) before the app starts.
export const DEMO = {
  email: 'demo@fuente.example',
  password: E2E_DEMO_PASSWORD,
  className: 'Demo class · Clase de demostración',
  students: 28,
};

/** A browser context signed in as the demo teacher, on the demo class's page (`classUrl`, its lesson's path). */
export async function openDemoClass(
  browser: Browser,
  baseURL: string,
  locale: string,
  messages: typeof en,
): Promise<{ page: Page; classUrl: string; classId: string }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(`/${locale}/teacher/signin`);
  await page.getByLabel(messages.TeacherAuth.email).fill(DEMO.email);
  await page.getByLabel(messages.TeacherAuth.password).fill(DEMO.password);
  await page.getByRole('button', { name: messages.TeacherAuth.signIn }).click();
  await page.getByRole('link', { name: DEMO.className }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO.className })).toBeVisible();
  const classUrl = new URL(page.url()).pathname;
  return { page, classUrl, classId: /\/teacher\/classes\/([\w-]+)\/lessons\//.exec(classUrl)![1]! };
}
