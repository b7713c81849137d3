import { expect, test } from './support/test';
import { answerWithMouse } from './support/answer-quiz';
import { LESSON_SLUG, localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedStudentRunningScripts } from './support/seed';

// A quiz page, like the reading page, comes prerendered once for everyone to a browser that has run the app's
// JavaScript before (lib/prerendered-page.ts), and loads the learner's attempt from the API; without JavaScript, or
// with a query, it renders per request. Both must show the same attempt.

/** Text as React writes it into HTML. */
const inHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

function scriptPolicyOf(headers: Record<string, string>): string {
  return (headers['content-security-policy'] ?? '').split(';').find((part) => part.trim().startsWith('script-src'))!;
}

for (const { locale, messages } of localesFor('prerendered quiz page and resumed attempt')) {
  test(`a quiz page is prerendered for a browser that runs JavaScript, and resumes the learner’s attempt (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const quiz = quizzes.comprehension;
    const [first, second] = quiz.items;
    const progress = (number: number) =>
      messages.Quiz.progress.replace('{number}', String(number)).replace('{total}', String(quiz.items.length));
    const name = `Quinn ${locale}`;
    const { teacherContext, studentContext, student } = await seedStudentRunningScripts(browser, baseURL!, locale, {
      className: `Prerendered quiz ${locale}`,
      displayName: name,
    });
    const quizPath = `/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}`;

    // The browser has run the app's JavaScript: the quiz page is the prerendered one, with no question, no name
    // and no nonce in its HTML, gzipped once.
    const served = await student.goto(quizPath);
    expect(scriptPolicyOf(served!.headers())).not.toContain("'nonce-");
    expect(scriptPolicyOf(served!.headers())).toContain("'sha256-");
    expect(served!.headers()).toMatchObject({ 'content-encoding': 'gzip' });
    const html = await served!.text();
    expect(html).toContain(quiz.title[locale]);
    expect(html).not.toContain(inHtml(first!.prompt[locale]));
    expect(html).not.toContain(name);

    await expect(student.getByText(progress(1))).toBeVisible();
    await answerWithMouse(student, first!, locale, messages);
    await expect(student.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();

    // Reloaded: the attempt resumes at the first question still to answer, the checked one keeps its feedback.
    await student.reload();
    await expect(student.getByText(progress(2))).toBeVisible();
    await expect(student.getByText(second!.prompt[locale], { exact: true })).toBeVisible();
    await student.getByRole('link', { name: messages.Quiz.previous }).click();
    await expect(student.getByText(messages.Quiz.feedback.correct, { exact: true })).toBeVisible();

    // The same learner without JavaScript: rendered for them, the same question next.
    const session = (await studentContext.cookies()).filter((cookie) => cookie.name !== 'fuente_js');
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(session);
    const page = await noScript.newPage();
    const rendered = await page.goto(quizPath);
    expect(scriptPolicyOf(rendered!.headers())).toContain("'nonce-");
    expect(await rendered!.text()).toContain(inHtml(second!.prompt[locale]));
    await expect(page.getByText(progress(2))).toBeVisible();
    await expect(page.getByText(second!.prompt[locale], { exact: true })).toBeVisible();

    // A browser that ran the app's JavaScript and has it off now still carries the cookie: the prerendered copy
    // sends it on to the questions as forms.
    const stale = await browser.newContext({ javaScriptEnabled: false });
    await stale.addCookies(await studentContext.cookies());
    const stalePage = await stale.newPage();
    await stalePage.goto(quizPath);
    await expect(stalePage).toHaveURL(/\?forms=1$/);
    await expect(stalePage.getByText(progress(2))).toBeVisible();
    await expect(stalePage.getByText(second!.prompt[locale], { exact: true })).toBeVisible();
    await Promise.all([teacherContext.close(), studentContext.close(), noScript.close(), stale.close()]);
  });
}
