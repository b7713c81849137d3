import { expect, test, type Page } from './support/test';
import { LESSON_SLUG, localesFor, type LocaleCase } from './support/locales';
import { seedStudentRunningScripts } from './support/seed';
import { openFold } from './support/lesson-folds';

// The reading page comes in two forms (lib/prerendered-page.ts): prerendered once for everyone, for a browser that
// has run the app's JavaScript before, which then loads the learner's own state; and rendered per request, with that
// state in the HTML, for a browser without JavaScript. Both must show the same learner the same page.

type Messages = LocaleCase['messages'];

function scriptPolicyOf(headers: Record<string, string>): string {
  return (headers['content-security-policy'] ?? '').split(';').find((part) => part.trim().startsWith('script-src'))!;
}

/** The learner's state as the reading page shows it: name, familiarity, text size, quiz progress. */
async function expectLearnerState(page: Page, messages: Messages, name: string) {
  await expect(page.getByText(messages.Join.signedInAs.split('{')[0]!)).toContainText(name);
  await openFold(page, messages.LessonPage.beforeYouRead);
  await openFold(page, messages.LessonPage.readingTools);
  await expect(
    page
      .getByRole('group', { name: messages.Familiarity.legend })
      .getByRole('radio', { name: messages.Familiarity.levels.lots }),
  ).toBeChecked();
  await expect(page.getByRole('radio', { name: messages.ReadingSettings.sizes.large, exact: true })).toBeChecked();
  await expect(page.getByText(messages.QuizCallout.notStarted)).toHaveCount(2);
}

for (const { locale, messages } of localesFor('prerendered reading page')) {
  test(`the reading page is prerendered for a browser that runs JavaScript, and shows the learner’s own state (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const name = `Zoë ${locale}`;
    const { teacherContext, studentContext, student } = await seedStudentRunningScripts(browser, baseURL!, locale, {
      className: `Prerendered ${locale}`,
      displayName: name,
    });
    const lessonPath = `/${locale}/lessons/${LESSON_SLUG}`;

    await student.goto(lessonPath);
    await openFold(student, messages.LessonPage.beforeYouRead);
    await openFold(student, messages.LessonPage.readingTools);
    await student
      .getByRole('group', { name: messages.Familiarity.legend })
      .getByRole('radio', { name: messages.Familiarity.levels.lots })
      .check();
    await student.getByRole('button', { name: messages.Familiarity.save }).click();
    await expect(student.getByText(messages.Familiarity.saved)).toBeVisible();
    await student.getByRole('radio', { name: messages.ReadingSettings.sizes.large, exact: true }).check();
    await expect(student.getByText(messages.ReadingSettings.saved)).toBeVisible();

    // Reloaded: the browser has run the app's JavaScript, so the page is the prerendered one, the same HTML for
    // everyone (no nonce, no name in it), and the learner's state arrives after it.
    const reloaded = await student.reload();
    const policy = scriptPolicyOf(reloaded!.headers());
    expect(policy).not.toContain("'nonce-");
    expect(policy).toContain("'sha256-");
    expect(await reloaded!.text()).not.toContain(name);
    // Sent gzipped in one piece, from the gzip the server made once (scripts/compress-once.mjs): Next.js's own
    // per-response compression would send it in chunks, without a length.
    expect(reloaded!.headers()).toMatchObject({
      'content-encoding': 'gzip',
      'content-length': expect.stringMatching(/^\d+$/),
    });
    await expectLearnerState(student, messages, name);
    await expect(student.locator('[data-reading-root]')).toHaveCSS('--reading-scale', '1.2');
    // The bilingual view is prerendered too, and a link there stays on the page's own address.
    await student.getByRole('link', { name: messages.LessonPage.viewBilingual }).click();
    await expect(student).toHaveURL(`${lessonPath}?view=bilingual`);
    await expectLearnerState(student, messages, name);

    // The same learner without JavaScript (their session, no JavaScript cookie): rendered for them, state in the HTML.
    const session = (await studentContext.cookies()).filter((cookie) => cookie.name !== 'fuente_js');
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(session);
    const page = await noScript.newPage();
    const rendered = await page.goto(lessonPath);
    expect(scriptPolicyOf(rendered!.headers())).toContain("'nonce-");
    expect(await rendered!.text()).toContain(name);
    await expectLearnerState(page, messages, name);
    await Promise.all([teacherContext.close(), studentContext.close(), noScript.close()]);
  });
}
