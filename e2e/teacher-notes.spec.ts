import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TeacherNotes } from '../content/teacher-notes-schema';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedTeacher } from './support/seed';
import { expect, test } from './support/test';

const notes = JSON.parse(
  readFileSync(path.join(process.cwd(), 'content', 'lessons', LESSON_SLUG, 'teacher-notes.json'), 'utf8'),
) as TeacherNotes;
const section = (id: string) => notes.sections.find((candidate) => candidate.id === id)!;
// What the page shows: the language marks become `lang` spans, so the visible text has no tags.
const shown = (text: string) => text.replace(/<\/?(?:en|es)>/g, '');

for (const { locale, messages, lessonTitle } of localesFor('teacher notes')) {
  const other = locale === 'en' ? 'es' : 'en';
  const notesPath = `/${locale}/teacher/lessons/${LESSON_SLUG}/notes`;

  test.describe(`teacher notes (${locale})`, () => {
    test('a teacher follows the link from the class page; on paper only the notes are left', async ({
      page,
      context,
      baseURL,
    }) => {
      const teacher = await seedTeacher(context, baseURL!);
      const klass = await seedClass(teacher, `Notes ${locale}`, locale);
      await page.goto(klass.url);
      await page.getByRole('link', { name: messages.TeacherDashboard.notesLink }).click();
      await expect(page).toHaveURL(new RegExp(`${notesPath}$`));

      const heading = page.getByRole('heading', { level: 1, name: messages.TeacherNotes.title });
      await expect(heading).toBeVisible();
      // The notes also cite the article under its headline: the way back to the lesson is the link to its page.
      const lessonLink = page
        .getByRole('link', { name: lessonTitle, exact: true })
        .and(page.locator(`a[href$="/lessons/${LESSON_SLUG}"]`));
      await expect(lessonLink).toBeVisible();
      const sensitivity = page.getByRole('region', { name: shown(section('sensitivity').title[locale]) });
      await expect(sensitivity.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(sensitivity.getByRole('listitem')).toHaveText(
        section('sensitivity').items.map((item) => shown(item[locale])),
      );
      // The other language's acronyms are marked, so a screen reader pronounces them in that language.
      const mixUp = page.getByRole('region', { name: shown(section('agency-mix-up').title[locale]) });
      await expect(mixUp.locator(`span[lang="${other}"]`).first()).toHaveText(locale === 'en' ? 'ACNUDH' : 'UNHCR');

      // Made from the lesson itself: the measured reading level, the answer key, the misconception guide.
      await expect(page.getByRole('region', { name: messages.TeacherNotes.readingLevel })).toContainText(
        'Flesch-Kincaid',
      );
      const answerKey = page.getByRole('region', { name: messages.TeacherNotes.answerKey });
      for (const quiz of Object.values(quizzes)) {
        const single = quiz.items.find((item) => item.type === 'single')!;
        const key = single.type === 'single' ? single.options.find((option) => option.correct)! : null;
        await expect(answerKey.getByText(key!.text[locale], { exact: false })).toBeVisible();
      }
      const guide = page.getByRole('region', { name: messages.TeacherNotes.misconceptionGuide });
      await expect(guide.getByRole('listitem').first()).toBeVisible();
      await expectNoAxeViolations(page);

      const screenOnly = [
        page.getByRole('button', { name: messages.TeacherHome.signOut }),
        page.getByRole('navigation', { name: messages.SiteNav.label }),
        page.getByRole('navigation', { name: messages.LanguageSwitcher.label }),
        page.getByRole('link', { name: messages.ClassPage.back }),
      ];
      for (const element of screenOnly) await expect(element).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const element of screenOnly) await expect(element).toBeHidden();
      await expect(heading).toBeVisible();
      await expect(sensitivity).toBeVisible();
      await expect(answerKey).toBeVisible();
      await expect(guide).toBeVisible();
    });

    test('a signed-out visitor is sent to sign in, and an unknown lesson has no notes', async ({ page }) => {
      await page.goto(notesPath);
      await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/signin$`));
      await expect(page.getByRole('heading', { level: 1, name: messages.TeacherNotes.title })).toHaveCount(0);
      const missing = await page.goto(`/${locale}/teacher/lessons/no-such-lesson/notes`);
      expect(missing?.status()).toBe(404);
    });
  });
}
