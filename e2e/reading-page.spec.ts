import { expect, test, type Page } from './support/test';
import { article, glossary, headword, meta, sentences, sourceText } from './support/lesson-content';
import { openFold } from './support/lesson-folds';
import { FAKE_SPEECH } from './support/fake-speech';
import { LESSON_SLUG, localesFor } from './support/locales';

const lessonUrl = (locale: string, view?: 'bilingual') =>
  `/${locale}/lessons/${LESSON_SLUG}${view ? '?view=bilingual' : ''}`;

/** The text of every sentence shown in one language, in page order (without the closed definition popovers). */
const sentenceTexts = (page: Page, language: 'en' | 'es') =>
  page.locator(`[data-sentence][data-lang="${language}"]`).evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const popover of copy.querySelectorAll('[popover]')) popover.remove();
      return copy.textContent ?? '';
    }),
  );

for (const { locale, messages } of localesFor('reading page')) {
  const t = messages.LessonPage;
  const other = locale === 'en' ? 'es' : 'en';

  test.describe(`reading page (${locale})`, () => {
    test('shows the whole article in the page language, the editor’s notes and the glossary', async ({ page }) => {
      await page.goto(lessonUrl(locale));
      expect(await sentenceTexts(page, locale)).toEqual(sentences.map((sentence) => sentence[locale]));
      for (const note of article.notes) await expect(page.getByText(note.text[locale])).toBeVisible();
      const glossarySection = page.getByRole('region', { name: t.glossaryHeading });
      for (const entry of glossary) await expect(glossarySection.getByText(entry.definition[locale])).toBeVisible();
      for (let number = 1; number <= article.paragraphs.length; number += 1) {
        await expect(page.locator(`#p${number}`)).toBeAttached();
      }
    });

    test('the bilingual view pairs every sentence with its translation, English verbatim from the seed', async ({
      page,
    }) => {
      await page.goto(lessonUrl(locale));
      await openFold(page, t.readingTools);
      await page.getByRole('link', { name: t.viewBilingual }).click();
      await expect(page).toHaveURL(/view=bilingual/);
      await expect(page.locator('[data-sentence][data-lang="en"]')).toHaveCount(sentences.length);
      await expect(page.locator('[data-sentence][data-lang="es"]')).toHaveCount(sentences.length);
      const english = await sentenceTexts(page, 'en');
      expect(english).toEqual(sentences.map((sentence) => sentence.en));
      expect(
        article.paragraphs
          .map((paragraph) => paragraph.sentences.map((sentence) => sentence.en).join(' '))
          .join('\n\n'),
      ).toBe(sourceText);
      expect(await sentenceTexts(page, 'es')).toEqual(sentences.map((sentence) => sentence.es));
      await expect(page.locator('p[lang="en"]')).toHaveCount(article.paragraphs.length);
      await expect(page.locator('p[lang="es"]')).toHaveCount(article.paragraphs.length);

      const target = sentences[6]!;
      await page.locator(`[data-sentence="${target.id}"][data-lang="${locale}"]`).hover();
      await expect(page.locator(`[data-sentence="${target.id}"][data-lang="${other}"]`)).toHaveAttribute(
        'data-highlighted',
        '',
      );
      // A keyboard user's pointer is not resting on the text. Left there, it would follow the scroll that focusing
      // the first sentence causes, and Chromium's mouseover on whatever sentence then lies under it would move
      // the highlight (an intermittent failure on a busy host).
      await page.mouse.move(0, 0);
      await expect(page.locator('[data-highlighted]')).toHaveCount(0);
      await page.locator(`[data-sentence="${sentences[0]!.id}"][data-lang="${other}"]`).focus();
      await expect(page.locator(`[data-sentence="${sentences[0]!.id}"][data-lang="${locale}"]`)).toHaveAttribute(
        'data-highlighted',
        '',
      );
      await expect(page.locator(`[data-sentence="${target.id}"][data-lang="${other}"]`)).not.toHaveAttribute(
        'data-highlighted',
        '',
      );
    });

    test('a glossary term opens its definition under its dictionary form and the other language’s term, and closes with Escape', async ({
      page,
    }) => {
      await page.goto(lessonUrl(locale));
      // "exime" in the Spanish text is defined under "eximir".
      const entry = glossary.find((candidate) => candidate.id === 'absolve')!;
      const article_ = page.getByRole('region', { name: t.articleHeading });
      await article_.getByRole('button', { name: entry.term[locale], exact: true }).click();
      const dialog = page.getByRole('dialog', { name: headword(entry, locale) });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(entry.definition[locale]);
      await expect(dialog.locator(`[lang="${other}"]`)).toHaveText(headword(entry, other));
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    test('text size and line spacing apply at once and are remembered', async ({ page }) => {
      await page.goto(lessonUrl(locale));
      const text = page.locator('[data-reading-root] p[lang]').first();
      const before = await text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      const settings = messages.ReadingSettings;
      await openFold(page, t.readingTools);
      await page
        .getByRole('group', { name: settings.size })
        .getByRole('radio', { name: settings.sizes.xlarge })
        .check();
      await page
        .getByRole('group', { name: settings.spacing })
        .getByRole('radio', { name: settings.spacings.loose })
        .check();
      await expect(page.getByRole('status').filter({ hasText: settings.saved })).toBeVisible();
      // Both changes were saved (one save each, in turn) once the form is no longer busy.
      await expect(page.getByRole('button', { name: settings.apply })).toBeEnabled();
      const after = await text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(after).toBeGreaterThan(before * 1.3);
      await page.reload();
      await openFold(page, t.readingTools);
      await expect(
        page.getByRole('group', { name: settings.size }).getByRole('radio', { name: settings.sizes.xlarge }),
      ).toBeChecked();
      await expect(
        page.getByRole('group', { name: settings.spacing }).getByRole('radio', { name: settings.spacings.loose }),
      ).toBeChecked();
      expect(await text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeCloseTo(after, 0);
    });

    test('reading progress is saved and restored after a reload', async ({ page }) => {
      await page.goto(lessonUrl(locale));
      const last = article.paragraphs.length;
      const bar = page.getByRole('progressbar', { name: messages.ReadingProgress.label });
      // The save is debounced: wait for the one that records the last paragraph before reloading. (Reloading in a
      // loop instead raced the debounce on a busy host: each reload dropped the pending save.)
      const savedLast = page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          (response.request().postData() ?? '').includes(`"furthestParagraph":${last}`),
      );
      await page.locator(`#p${last}`).scrollIntoViewIfNeeded();
      await expect(bar).toHaveAttribute('aria-valuenow', String(last));
      expect((await savedLast).ok()).toBe(true);
      // A new visit opens at the top (a reload would restore the scroll and re-read the bottom): the server's figure.
      await page.goto(lessonUrl(locale));
      await expect(bar).toHaveAttribute('aria-valuenow', String(last));
      await expect(page.getByText(messages.ReadingProgress.done)).toBeVisible();
    });

    test('read-aloud says it is unavailable when the browser has only network voices', async ({ page }) => {
      await page.addInitScript(() => {
        const voices = [{ lang: 'en-US', name: 'Google US English', localService: false }];
        Object.defineProperty(window, 'speechSynthesis', {
          value: {
            getVoices: () => voices,
            addEventListener: () => {},
            removeEventListener: () => {},
            cancel: () => {},
          },
        });
      });
      await page.goto(lessonUrl(locale));
      await openFold(page, t.readingTools);
      await expect(page.getByText(messages.ReadAloud.unavailable)).toBeVisible();
      await expect(page.getByRole('button', { name: messages.ReadAloud.play })).toHaveCount(0);
    });

    test('read-aloud reads sentence by sentence in the page language, highlighting the current one', async ({
      page,
    }) => {
      await page.addInitScript(FAKE_SPEECH);
      await page.goto(lessonUrl(locale));
      const readAloud = messages.ReadAloud;
      await openFold(page, t.readingTools);
      await page.getByRole('button', { name: readAloud.play }).click();
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: readAloud.reading.replace('{number}', '1').replace('{total}', String(sentences.length)) }),
      ).toBeVisible();
      await expect(page.locator(`[data-sentence="${sentences[0]!.id}"][data-lang="${locale}"]`)).toHaveClass(
        /is-being-read/,
      );
      expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
        sentences[0]![locale],
      ]);
      await expect(page.getByRole('button', { name: readAloud.pause })).toBeVisible();
      await page.getByRole('combobox', { name: readAloud.speed }).selectOption(readAloud.speeds.fast);
      await page.getByRole('button', { name: readAloud.stop }).click();
      await expect(page.locator('.is-being-read')).toHaveCount(0);
      await expect(page.getByRole('button', { name: readAloud.play })).toBeVisible();
    });
  });
}

for (const { locale, messages } of localesFor('reading page, no JavaScript')) {
  const t = messages.LessonPage;
  const other = locale === 'en' ? 'es' : 'en';

  test.describe(`reading page without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    test('shows the article, the definitions and switches language and view', async ({ page }) => {
      await page.goto(lessonUrl(locale));
      expect(await sentenceTexts(page, locale)).toEqual(sentences.map((sentence) => sentence[locale]));
      const entry = glossary.find((candidate) => candidate.id === 'unhcr')!;
      await expect(
        page.getByRole('region', { name: t.glossaryHeading }).getByText(entry.definition[locale]),
      ).toBeVisible();
      // The popover is plain HTML: it opens without JavaScript. The mislabelled "UNHCR" of paragraph 1 opens with the warning.
      await page
        .getByRole('region', { name: t.articleHeading })
        .getByRole('button', { name: entry.term[locale], exact: true })
        .click();
      const dialog = page.getByRole('dialog', { name: entry.term[locale] });
      await expect(dialog).toBeVisible();
      expect(await dialog.locator('span').first().textContent()).toMatch(
        locale === 'en' ? /^Careful: in paragraphs 1 and 2/ : /^Atención: en los párrafos 1 y 2/,
      );
      await page.keyboard.press('Escape');
      await openFold(page, t.readingTools);
      await page.getByRole('link', { name: t.viewBilingual }).click();
      await expect(page).toHaveURL(/view=bilingual/);
      // Only the bilingual view has both languages: wait for it before reading.
      await expect(page.locator(`[data-sentence][data-lang="${other}"]`)).toHaveCount(sentences.length);
      await expect(page.locator(`[data-sentence][data-lang="${locale}"]`)).toHaveCount(sentences.length);
      expect(await sentenceTexts(page, 'en')).toEqual(sentences.map((sentence) => sentence.en));
      await page.getByRole('navigation', { name: messages.LanguageSwitcher.label }).getByRole('link').click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page).toHaveURL(new RegExp(`/${other}/lessons/${LESSON_SLUG}`));
    });

    test('places the story in time: dated events with their sources, the law and the outlet', async ({ page }) => {
      await page.goto(lessonUrl(locale));
      await openFold(page, messages.StoryContext.heading);
      const context = page.getByRole('region', { name: messages.StoryContext.heading });
      const events = context.getByRole('listitem');
      await expect(events).toHaveCount(meta.background.timeline.length);
      for (const [index, event] of meta.background.timeline.entries()) {
        const item = events.nth(index);
        await expect(item.locator('time')).toHaveAttribute('datetime', event.date);
        await expect(item).toContainText(event.event[locale]);
        await expect(item.getByRole('link', { name: event.source.title })).toHaveAttribute('href', event.source.url);
      }
      const own = meta.background.timeline.findIndex((event) => event.thisArticle);
      await expect(events.nth(own)).toContainText(messages.StoryContext.thisArticle);
      await expect(context.getByRole('heading', { name: messages.StoryContext.lawHeading })).toBeVisible();
      await expect(context.getByText(meta.background.law.text[locale])).toBeVisible();
      await expect(context.getByText(meta.background.outlet.text[locale])).toBeVisible();
      for (const source of [...meta.background.law.sources, ...meta.background.outlet.sources]) {
        await expect(context.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
      }
    });

    test('text settings are saved by the Apply button', async ({ page }) => {
      await page.goto(lessonUrl(locale));
      const settings = messages.ReadingSettings;
      await openFold(page, t.readingTools);
      await page
        .getByRole('group', { name: settings.size })
        .getByRole('radio', { name: settings.sizes.large, exact: true })
        .check();
      await page.getByRole('button', { name: settings.apply }).click();
      // The page the POST answers with says the settings were saved: only then is it safe to leave.
      await expect(page.getByRole('status').filter({ hasText: settings.saved })).toBeVisible();
      await page.goto(lessonUrl(locale));
      await openFold(page, t.readingTools);
      await expect(
        page
          .getByRole('group', { name: settings.size })
          .getByRole('radio', { name: settings.sizes.large, exact: true }),
      ).toBeChecked();
    });
  });
}
