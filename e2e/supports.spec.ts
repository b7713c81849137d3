import { expect, test, type Browser, type Page } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { FAKE_SPEECH } from './support/fake-speech';
import { LESSON_SLUG, LOCALES } from './support/locales';
import { quizzes } from './support/quiz-content';
import {
  seedAssignment,
  seedClass,
  seedQuizWork,
  seedReturnedScore,
  seedStudent,
  seedSupports,
  seedTeacher,
} from './support/seed';

// Issue 39, acceptance 1: a teacher sets one student's supports; that student's quiz has them, a classmate's has not.
// Both languages, whatever FUENTE_E2E_LOCALES says: the profile's language is the other one of the page the teacher
// works in, so each test crosses from one to the other.

const quizPath = (locale: string, quiz = 'comprehension') => `/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz}`;

async function studentPage(browser: Browser, baseURL: string, classId: string, name: string) {
  const context = await browser.newContext({ baseURL });
  await seedStudent(context, baseURL, { classId }, name);
  const page = await context.newPage();
  await page.addInitScript(FAKE_SPEECH);
  return page;
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

for (const [teacherLocale, studentLanguage] of [
  ['en', 'es'],
  ['es', 'en'],
] as const) {
  const teacherWords = LOCALES.find(({ locale }) => locale === teacherLocale)!.messages;
  const quizWords = LOCALES.find(({ locale }) => locale === studentLanguage)!.messages.Quiz;
  const language = studentLanguage === 'es' ? 'es' : 'en-with-es';

  test(`a teacher (${teacherLocale}) turns on read-aloud and the quiz in ${studentLanguage} for one student; a classmate has neither`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const teacherContext = await browser.newContext({ baseURL });
    const teacher = await seedTeacher(teacherContext, baseURL!);
    const klass = await seedClass(teacher, `Supports ${teacherLocale}`, teacherLocale);
    const ana = await studentPage(browser, baseURL!, klass.classId, 'Ana');
    const ben = await studentPage(browser, baseURL!, klass.classId, 'Ben');

    // The teacher: the roster's link for Ana ticks her alone; two changes, then the summary says them.
    const t = teacherWords.Supports;
    const roster = await teacherContext.newPage();
    await roster.goto(`/${teacherLocale}/teacher/classes/${klass.classId}`);
    await roster.getByRole('link', { name: teacherWords.ClassPage.editSupports.replace('{name}', 'Ana') }).click();
    const form = roster;
    await expect(form.getByRole('checkbox', { name: 'Ana' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Ben' })).not.toBeChecked();
    const group = (id: keyof typeof t.names) => form.getByRole('group', { name: t.names[id], exact: true });
    await group('readAloud').getByLabel(t.policy).selectOption('on');
    await group('quizLanguage').getByLabel(t.policy).selectOption('on');
    await group('quizLanguage').getByLabel(t.value).selectOption(language);
    await form.getByRole('button', { name: t.save }).click();
    await expect(form.getByText(/one \{([^}]*)\}/.exec(t.saved)![1]!.replace('#', '1'))).toBeVisible();
    await expectNoAxeViolations(form);

    // Ana: the quiz opens in her language, with the other one a click away and a listen button on every part.
    await ana.goto(quizPath(teacherLocale));
    await expect(ana).toHaveURL(new RegExp(`${quizPath(studentLanguage)}$`));
    const prompt = ana.locator('legend').first();
    await expect(prompt).toBeVisible();
    const options = await ana.locator('fieldset fieldset label').allInnerTexts();
    expect(options.length).toBeGreaterThan(1);
    await ana.getByRole('button', { name: quizWords.written.listen }).click();
    for (const option of options) {
      await ana.getByRole('button', { name: quizWords.listenTo.option.replace('{option}', option.trim()) }).click();
    }
    const otherLanguage = studentLanguage === 'es' ? 'en' : 'es';
    const summary = new RegExp(`${otherLanguage === 'en' ? 'en' : 'other'} \\{([^}]*)\\}`).exec(
      quizWords.translation.summary,
    )![1]!;
    const translation = ana.locator(`details [lang="${otherLanguage}"]`);
    await expect(translation).toBeHidden();
    await ana.getByText(summary, { exact: true }).click();
    await expect(translation).toBeVisible();

    await ana.locator('fieldset fieldset input').first().check();
    await ana.getByRole('button', { name: quizWords.check }).click();
    const feedbackListen = ana.getByRole('button', { name: quizWords.listenTo.feedback });
    // The explanation, said last; the button says "Stop" once it speaks.
    const explanation = await feedbackListen.locator('xpath=preceding-sibling::p[1]').innerText();
    await feedbackListen.click();
    const spoken = await said(ana);
    expect(spoken.slice(0, options.length + 1)).toEqual([
      (await prompt.innerText()).trim(),
      ...options.map((o) => o.trim()),
    ]);
    expect(spoken).toHaveLength(options.length + 2);
    expect(spoken.at(-1)).toContain(explanation.trim());
    // Only the device's own voices, never a network one listed before them.
    const voices = await ana.evaluate(() => (window as unknown as { voicesUsed: string[] }).voicesUsed);
    expect(new Set(voices)).toEqual(new Set([studentLanguage === 'es' ? 'Test Spanish' : 'Test English']));
    await expectNoAxeViolations(ana);

    // Ben, in the same class: the quiz in the page's language, no listen buttons, no other language.
    await ben.goto(quizPath(teacherLocale));
    await expect(ben.locator('legend').first()).toBeVisible();
    await expect(ben).toHaveURL(new RegExp(`${quizPath(teacherLocale)}$`));
    const benWords = teacherWords.Quiz;
    await expect(ben.getByRole('button', { name: benWords.written.listen })).toHaveCount(0);
    await expect(ben.getByRole('button', { name: benWords.listenTo.short })).toHaveCount(0);
    await expect(ben.locator('details:has([lang])')).toHaveCount(0);
  });
}

// Acceptance 2: answer masking and ruling options out, with the keyboard alone, with and without JavaScript, on every
// item type with options to mask: matching (attribution 3) and classification (attribution 8), then multiple
// (comprehension 1), single (2), true/false (5) and evidence (6), where the last one is answered.
const OPTION_ITEMS = [
  ['attribution', 3],
  ['attribution', 8],
  ['comprehension', 1],
  ['comprehension', 2],
  ['comprehension', 5],
  ['comprehension', 6],
] as const;

for (const { locale, messages, javaScriptEnabled } of [
  { ...LOCALES[0], javaScriptEnabled: true },
  { ...LOCALES[1], javaScriptEnabled: false },
]) {
  const words = messages.Quiz;
  test(`masked options open and rule out with the keyboard alone (${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const teacherContext = await browser.newContext({ baseURL });
    const teacher = await seedTeacher(teacherContext, baseURL!);
    const klass = await seedClass(teacher, `Option tools ${locale}`, locale);
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const student = await seedStudent(context, baseURL!, klass, 'Ana');
    await seedSupports(teacher, klass, [student], {
      answerMasking: { policy: 'on' },
      optionElimination: { policy: 'on' },
    });
    const page = await context.newPage();

    const prompt = page.locator('legend[tabindex="-1"], h2[tabindex="-1"]');
    for (const [quiz, question] of OPTION_ITEMS) {
      await page.goto(`${quizPath(locale, quiz)}?q=${question}`);
      const first = page
        .locator('details')
        .filter({ has: page.getByText(words.showOption.replace('{number}', '1')) })
        .first();
      const options = page.locator(
        'details input:is([type="radio"], [type="checkbox"]):not([name="ruledOut"], [name="chosen"])',
      );
      await expect(options.first(), `${quiz} ${question}: masked at the start`).toBeHidden();

      // From the question, Tab reaches the first option's disclosure; Enter opens it.
      await prompt.focus();
      await page.keyboard.press('Tab');
      await expect(first.locator('summary')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(options.first()).toBeVisible();
      await expect(options.nth(1)).toBeHidden();

      // Tab to the option, then to its "Rule out" box; Space strikes the option through and chooses nothing.
      await page.keyboard.press('Tab');
      await expect(options.first()).toBeFocused();
      await page.keyboard.press('Tab');
      const ruleOut = page.getByRole('checkbox', { name: new RegExp(`^${words.ruleOut.label}: `) }).first();
      await expect(ruleOut).toBeFocused();
      await page.keyboard.press('Space');
      await expect(ruleOut).toBeChecked();
      await expect(first.locator('label').first().locator('> span')).toHaveCSS('text-decoration-line', 'line-through');
      await expect(options.first()).not.toBeChecked();
    }

    // Answering still works with an option ruled out: the first, open from above, chosen with the keyboard.
    await prompt.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: words.check }).press('Enter');
    await expect(page.getByText(words.feedback.correct).or(page.getByText(words.feedback.incorrect))).toBeVisible();
  });
}

// Recorded choices: a student turns on a support their profile only offers, from "Your tools"; it applies at once (with
// JavaScript, in English) or once the form is applied (without it, in Spanish), and it stays on for the next page.
for (const { locale, messages, javaScriptEnabled } of [
  { ...LOCALES[0], javaScriptEnabled: true },
  { ...LOCALES[1], javaScriptEnabled: false },
]) {
  const words = messages.Quiz.tools;
  test(`a student turns on an offered tool from “Your tools” (${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
    browser,
    baseURL,
  }) => {
    const teacherContext = await browser.newContext({ baseURL });
    const teacher = await seedTeacher(teacherContext, baseURL!);
    const klass = await seedClass(teacher, `Your tools ${locale}`, locale);
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const student = await seedStudent(context, baseURL!, klass, 'Ana');
    await seedSupports(teacher, klass, [student], { font: { policy: 'offered', face: 'readable' } });
    const page = await context.newPage();
    await page.goto(`${quizPath(locale)}?q=2`);
    const font = () =>
      page
        .locator('main p')
        .first()
        .evaluate((element) => getComputedStyle(element).fontFamily);
    expect(await font()).not.toContain('Atkinson Hyperlegible');

    await page.locator('summary', { hasText: words.heading }).click();
    await page.getByRole('checkbox', { name: words.font }).check();
    if (!javaScriptEnabled) await page.getByRole('button', { name: words.apply }).click();
    await expect(page.getByText(words.saved)).toBeVisible();
    await expect.poll(font).toContain('Atkinson Hyperlegible');

    // The reading page too; with JavaScript its prerendered copy applies it once the student's state arrives.
    await page.goto(`/${locale}/lessons/${LESSON_SLUG}`);
    await expect.poll(font).toContain('Atkinson Hyperlegible');
    await page.goto(`${quizPath(locale)}?q=3`);
    await page.locator('summary', { hasText: words.heading }).click();
    await expect(page.getByRole('checkbox', { name: words.font })).toBeChecked();
  });
}

// Portable: a student's supports leave as a PNP file and come back as another student's, through the page.
test('a student’s supports download as a PNP file and import for a classmate (es)', async ({ browser, baseURL }) => {
  const t = LOCALES[1].messages.Supports;
  const teacherContext = await browser.newContext({ baseURL });
  const teacher = await seedTeacher(teacherContext, baseURL!);
  const klass = await seedClass(teacher, 'PNP', 'es');
  const ana = await seedStudent(await browser.newContext({ baseURL }), baseURL!, klass, 'Ana');
  await seedStudent(await browser.newContext({ baseURL }), baseURL!, klass, 'Ben');
  await seedSupports(teacher, klass, [ana], {
    readAloud: { policy: 'on', ratePercent: 125 },
    answerMasking: { policy: 'on' },
  });
  const page = await teacherContext.newPage();
  await page.goto(`/es/teacher/classes/${klass.classId}/supports`);
  const summaryOf = (name: string) =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox', { name }) })
      .locator('p')
      .first();
  const anaSummary = await summaryOf('Ana').innerText();
  expect(anaSummary).toContain(t.names.answerMasking);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: t.import.download.replace('{name}', 'Ana') }).click();
  const file = await (await download).path();
  await page.getByLabel(t.import.student, { exact: true }).selectOption({ label: 'Ben' });
  await page.getByLabel(t.import.file).setInputFiles(file);
  await page.getByRole('button', { name: t.import.submit }).click();
  await expect(page.getByText(t.import.done)).toBeVisible();
  await page.reload();
  await expect(summaryOf('Ben')).toHaveText(anaSummary);
});

// Acceptance 2's last part: the reading ruler follows the pointer, then the keyboard's focus.
test('line focus follows the pointer and the keyboard', async ({ browser, baseURL }) => {
  const teacherContext = await browser.newContext({ baseURL });
  const teacher = await seedTeacher(teacherContext, baseURL!);
  const klass = await seedClass(teacher, 'Line focus', 'en');
  const context = await browser.newContext({ baseURL });
  const student = await seedStudent(context, baseURL!, klass, 'Ana');
  await seedSupports(teacher, klass, [student], { lineFocus: { policy: 'on' } });
  const page = await context.newPage();
  await page.goto(`${quizPath('en')}?q=2`);
  const band = page.locator('[data-line-focus]');
  const bandMiddle = async () => {
    const box = (await band.boundingBox())!;
    return box.y + box.height / 2;
  };

  // Moved until the page runs its scripts: a move before that is nobody's to follow.
  await expect(async () => {
    await page.mouse.move(200, 290);
    await page.mouse.move(200, 300);
    await expect(band).toBeVisible({ timeout: 500 });
  }).toPass();
  expect(await bandMiddle()).toBeCloseTo(300, 0);

  await page.locator('legend').first().focus();
  await page.keyboard.press('Tab');
  const option = page.locator('fieldset fieldset input').first();
  await expect(option).toBeFocused();
  const box = (await option.boundingBox())!;
  await expect.poll(bandMiddle).toBeCloseTo(box.y + box.height / 2, 0);
  // Tab leaves the radio group for the next control, and the band goes with it.
  // Boxes on the page, not the screen: focusing the next control may scroll it into view.
  const onPage = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
  const optionBottom = (await option.evaluate(onPage)) + box.height;
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate(onPage)).toBeGreaterThan(optionBottom);
  const next = (await focused.boundingBox())!;
  await expect.poll(bandMiddle).toBeCloseTo(next.y + next.height / 2, 0);
  // It never takes a click: the option under it is chosen.
  await page.locator('fieldset fieldset input').nth(1).click();
  await expect(page.locator('fieldset fieldset input').nth(1)).toBeChecked();
});

// Acceptance 5 and 6 on every page a student's profile applies to: the reading page (both views), the quiz (one item
// of each kind), the results, a revision, and guided reading. Every support on, the quiz in the other language; axe in
// light and dark mode, nothing wider than a 360 px phone, and no request leaving the app's origin.
test('every support on, every student page: axe in light and dark, a 360 px phone, and no request leaves the origin', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const words = LOCALES[0].messages;
  const teacherContext = await browser.newContext({ baseURL });
  const teacher = await seedTeacher(teacherContext, baseURL!);
  const klass = await seedClass(teacher, 'Every support', 'en');
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const student = await seedStudent(context, baseURL!, klass, 'Ana');
  const everySupport = {
    readAloud: { policy: 'on', ratePercent: 150 },
    quizLanguage: { policy: 'on', language: 'en-with-es' },
    textSize: { policy: 'on', size: 'xlarge' },
    lineSpacing: { policy: 'on', spacing: 'loose' },
    letterSpacing: { policy: 'on', spacing: 'wider' },
    font: { policy: 'on', face: 'readable' },
    lineFocus: { policy: 'on' },
    answerMasking: { policy: 'offered' },
    optionElimination: { policy: 'on' },
    extraAttempts: { policy: 'on', count: 3 },
    extendedDates: { policy: 'on' },
  };
  await seedSupports(teacher, klass, [student], everySupport);
  const page = await context.newPage();
  await page.addInitScript(FAKE_SPEECH);
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url());
  });
  const holds = async (where: string) => {
    // The band of the line focus follows the pointer: put it on the page, as a student's hand would.
    await page.mouse.move(180, 300);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page);
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, where).toBeLessThanOrEqual(360);
    // The profile's letter spacing and font reach the page's text (0.12 em of a font size in px).
    const text = page.locator('main p').first();
    const style = await text.evaluate((element) => getComputedStyle(element));
    expect(style.fontFamily, where).toContain('Atkinson Hyperlegible');
    expect(parseFloat(style.letterSpacing) / parseFloat(style.fontSize), where).toBeCloseTo(0.12, 2);
  };

  for (const view of ['', '?view=bilingual']) {
    await page.goto(`/en/lessons/${LESSON_SLUG}${view}`);
    await expect(page.locator('h1')).toBeVisible();
    // The article starts at the profile's largest text size: 1.45 of 1.15 rem.
    const paragraph = page.locator('[data-reading-root] p[lang]').first();
    await expect(paragraph).toHaveCSS('font-size', '26.68px');
    // Its tools open: read-aloud starts at the profile's rate.
    await page.locator('summary', { hasText: words.LessonPage.readingTools }).click();
    await expect(page.getByLabel(words.ReadAloud.speed)).toHaveValue('yours');
    await holds(`reading page ${view}`);
  }

  for (const [quiz, question] of [
    ['comprehension', 1],
    ['comprehension', 6],
    ['comprehension', 13],
    ['attribution', 3],
    ['attribution', 8],
  ] as const) {
    await page.goto(`${quizPath('en', quiz)}?q=${question}`);
    await expect(page.locator('legend, h2').first()).toBeVisible();
    await page.locator('details:has([lang]) summary').click();
    await holds(`${quiz} ${question}`);
  }
  await page.goto(quizPath('en'));
  await expect(page.getByRole('button', { name: words.Quiz.written.listen })).toBeVisible();

  // Results, with a written answer the teacher asks to revise, and the revision.
  const written = quizzes.comprehension.items.find((item) => item.type === 'written')!;
  const { attemptId } = await seedQuizWork(student, {
    lessonSlug: LESSON_SLUG,
    quizId: 'comprehension',
    locale: 'en',
    answers: [{ itemId: written.id, response: { text: 'The office is worried.', evidence: [], language: 'en' } }],
    submit: true,
  });
  await seedReturnedScore(klass, {
    quizId: 'comprehension',
    attemptId,
    itemId: written.id,
    level: 2,
    comment: 'Name the office.',
    revise: true,
  });
  await page.goto(`${quizPath('en')}/results`);
  await expect(
    page.getByRole('button', { name: words.QuizResults.listenToItem.replace('{number}', '1'), exact: true }),
  ).toBeVisible();
  await holds('results');
  await page.getByRole('link', { name: words.QuizResults.reviseLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A link followed in the page: the new title comes with the page's metadata, which may follow its heading (CI).
  await expect(page).toHaveTitle(new RegExp(words.Revise.pageTitle));
  await holds('revision');

  // Guided reading: its checkpoints carry the option tools.
  const day = 86_400_000;
  await seedAssignment(klass, {
    opensAt: new Date(Date.now() - day),
    dueAt: new Date(Date.now() + day),
    closesAt: null,
    pacing: 'guided',
  });
  await page.goto(`/en/lessons/${LESSON_SLUG}/guided`);
  await expect(
    page.getByRole('checkbox', { name: new RegExp(`^${words.Quiz.ruleOut.label}: `) }).first(),
  ).toBeVisible();
  await holds('guided reading');

  expect(elsewhere).toEqual([]);
});
