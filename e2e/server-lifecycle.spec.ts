import { expect, test } from './support/test';
import { createFreshDatabase } from '../scripts/fresh-database.mjs';
import { startApp, startAppExpectingFailure } from './support/app-process';
import { LESSON_SLUG, LOCALES } from './support/locales';
import { openFold } from './support/lesson-folds';

// These tests start their own app processes; keep them away from the other tests' workers.
test.describe.configure({ mode: 'serial' });

test('a saved answer is still there after the app is stopped and started again', async ({ browser }) => {
  // Two app starts; in CI they share 2 cores with the fuzz test.
  test.setTimeout(90_000);
  const database = await createFreshDatabase('restart');
  const { messages } = LOCALES[0];
  const t = messages.Familiarity;
  const context = await browser.newContext();
  try {
    let app = await startApp(database.env);
    const page = await context.newPage();
    await page.goto(`${app.baseURL}/en/lessons/${LESSON_SLUG}`);
    await openFold(page, messages.LessonPage.beforeYouRead);
    await page.getByRole('radio', { name: t.levels.lots }).check();
    await page.getByRole('button', { name: t.save }).click();
    // The fresh app's first Server Action loads its code; beside the fuzz test on 2 cores that took over 5 s once.
    await expect(page.getByRole('region', { name: messages.LessonPage.beforeYouRead }).getByRole('status')).toHaveText(
      t.saved,
      { timeout: 20_000 },
    );
    await app.stop();

    app = await startApp(database.env);
    // The session cookie belongs to the old port's origin only by host, so it is sent to the new one too.
    await page.goto(`${app.baseURL}/en/lessons/${LESSON_SLUG}`);
    await openFold(page, messages.LessonPage.beforeYouRead);
    await expect(page.getByRole('radio', { name: t.levels.lots })).toBeChecked();
    await app.stop();
  } finally {
    await context.close();
    await database.cleanup();
  }
});

test.describe('a bad DATABASE_URL stops the app with one clear line', () => {
  for (const [value, message] of [
    ['mysql://localhost/fuente', 'DATABASE_URL must start with postgres:// or postgresql://'],
    ['not a url', 'DATABASE_URL is not a valid URL'],
    [
      'postgresql://postgres@127.0.0.1:1/fuente',
      'DATABASE_URL cannot be reached: no PostgreSQL server is listening there',
    ],
  ]) {
    test(value!, async () => {
      const { code, stderr } = await startAppExpectingFailure({ DATABASE_URL: value });
      expect(code).not.toBe(0);
      const lines = stderr.split('\n').filter((line) => line.trim() !== '');
      expect(lines).toEqual([`Fuente cannot start: ${message}`]);
    });
  }
});
