import { expect, test } from './support/test';
import { LESSON_SLUG, LOCALES, localesFor } from './support/locales';

test.describe('language routing', () => {
  test('/ redirects by Accept-Language', async ({ playwright, baseURL }) => {
    // The header a browser set to each locale sends; each asks with no cookie, as a first visit does.
    for (const [acceptLanguage, expected] of [
      ['en-US,en;q=0.9', '/en'],
      ['es-MX,es;q=0.9', '/es'],
      ['fr-FR,fr;q=0.9', '/en'],
    ] as const) {
      const visitor = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { 'accept-language': acceptLanguage },
      });
      const response = await visitor.get('/');
      expect(response.status(), acceptLanguage).toBe(200);
      expect(new URL(response.url()).pathname, acceptLanguage).toBe(expected);
      await visitor.dispose();
    }
  });

  test('remembers the language chosen with the switcher', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Leer en español' }).click();
    await expect(page).toHaveURL(/\/es$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await context.close();
  });

  for (const { locale, messages, lessonTitle } of localesFor('home page')) {
    test(`home page in ${locale} names the product, lists the lesson and sets <html lang>`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: 'Fuente' })).toBeVisible();
      await expect(page.getByText(messages.HomePage.intro)).toBeVisible();
      await expect(page.getByRole('link', { name: lessonTitle })).toBeVisible();
      // The other language's title is shown too, marked with its language.
      const other = LOCALES.find((candidate) => candidate.locale !== locale)!;
      await expect(page.locator(`[lang="${other.locale}"]`, { hasText: other.lessonTitle })).toBeVisible();
    });
  }

  for (const { locale, messages, lessonTitle } of localesFor('language switcher')) {
    test(`the switcher keeps the current page (${locale})`, async ({ page }) => {
      const other = LOCALES.find((candidate) => candidate.locale !== locale)!;
      await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle);
      await page.getByRole('navigation', { name: messages.LanguageSwitcher.label }).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${other.locale}/lessons/${LESSON_SLUG}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other.locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.lessonTitle);
    });
  }

  test('an unknown language gets a 404 page in the default language, an unknown page one in its path’s language', async ({
    page,
  }) => {
    for (const [path, lang] of [
      ['/fr/lessons/x.txt', 'en'],
      ['/fr', 'en'],
      ['/en/no-such-page', 'en'],
      ['/es/no/such/page', 'es'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      const title = LOCALES.find((entry) => entry.locale === lang)!.messages.NotFoundPage.title;
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
    }
  });

  test('an unknown lesson gets a 404 page', async ({ page }) => {
    for (const { locale, messages } of LOCALES) {
      const response = await page.goto(`/${locale}/lessons/no-such-lesson`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.NotFoundPage.title);
    }
  });
});
