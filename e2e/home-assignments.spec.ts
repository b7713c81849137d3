import { expect, test, type Browser, type Page } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, LOCALES } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedAssignment, seedClass, seedQuizWork, seedStudent, seedTeacher, type SeededTeacher } from './support/seed';

// Issue 38: a student sees their class's assignments on the home page, with dates, status in words and each quiz's
// progress; a visitor's home page is unchanged. One class per assignment (the shared server has one lesson, and a
// class one assignment per lesson). English with JavaScript, Spanish without; the page fits a 360 px phone.

const HOUR = 60 * 60 * 1000;
const fromNow = (hours: number) => new Date(Date.now() + hours * HOUR);
const PHONE = { width: 360, height: 740 };
/** The words of a status before its date ("Open: due "), which the page shows in the reader's own format. */
const before = (template: string) => template.split('<date>')[0]!;

type Dates = { opensAt: Date; dueAt: Date; closesAt: Date | null };

/** A student of a new class of the teacher's whose lesson has these dates (and their own close), on a phone. */
async function studentWith(
  browser: Browser,
  baseURL: string,
  teacher: SeededTeacher,
  options: { locale: 'en' | 'es'; javaScriptEnabled: boolean; dates?: Dates; extendedUntil?: Date },
) {
  const klass = await seedClass(teacher, `Home ${options.locale} ${Math.random()}`, options.locale);
  const context = await browser.newContext({ baseURL, viewport: PHONE, javaScriptEnabled: options.javaScriptEnabled });
  const student = await seedStudent(context, baseURL, klass, 'Ana');
  if (options.dates)
    await seedAssignment(
      klass,
      options.dates,
      options.extendedUntil ? [{ student, closesAt: options.extendedUntil }] : [],
    );
  return { context, student };
}

/** The assignment's card on the home page: the list item under "Your assignments" named by the lesson. */
function homeCard(page: Page, messages: (typeof LOCALES)[number]['messages'], title: string) {
  const region = page.getByRole('region', { name: messages.HomeAssignments.heading });
  return region.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
}

/**
 * axe runs as a script in the page: a page seen without JavaScript is judged in a browser that runs it, signed in
 * as the same student (the HTML is the same, rendered per request).
 */
async function expectAxeClean(browser: Browser, baseURL: string, page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) {
    await expectNoAxeViolations(page);
    return;
  }
  const context = await browser.newContext({ baseURL, viewport: PHONE });
  await context.addCookies(await page.context().cookies());
  const withScripts = await context.newPage();
  await withScripts.goto(page.url());
  await expectNoAxeViolations(withScripts);
  await context.close();
}

async function expectDates(page: Page, card: ReturnType<Page['locator']>, dates: Dates) {
  for (const date of [dates.opensAt, dates.dueAt, ...(dates.closesAt ? [dates.closesAt] : [])])
    await expect(card.locator(`time[datetime="${date.toISOString()}"]`).first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

for (const { locale, messages, lessonTitle, javaScriptEnabled } of [
  { ...LOCALES[0], javaScriptEnabled: true },
  { ...LOCALES[1], javaScriptEnabled: false },
]) {
  const words = messages.HomeAssignments;
  const progress = (quiz: 'comprehension' | 'attribution', state: keyof typeof words.progress) =>
    words.quizProgress.replace('{quiz}', quizzes[quiz].title[locale]).replace('{progress}', words.progress[state]);

  test(`home page (${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript): upcoming, open and late assignments with dates, status and progress`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const teacher = await seedTeacher(await browser.newContext({ baseURL }), baseURL!);
    const options = { locale, javaScriptEnabled } as const;

    // Opens tomorrow: nothing taken yet.
    const upcomingDates = { opensAt: fromNow(24), dueAt: fromNow(48), closesAt: null };
    const upcoming = await studentWith(browser, baseURL!, teacher, { ...options, dates: upcomingDates });
    let page = await upcoming.context.newPage();
    await page.goto(`/${locale}`);
    let card = homeCard(page, messages, lessonTitle);
    await expect(card.getByText(words.status.upcoming)).toBeVisible();
    await expect(card.getByText(words.neverCloses)).toBeVisible();
    await expect(card.getByText(progress('comprehension', 'not-started'))).toBeVisible();
    await expectDates(page, card, upcomingDates);
    await expect(card.getByRole('link', { name: lessonTitle })).toHaveAttribute(
      'href',
      `/${locale}/lessons/${LESSON_SLUG}`,
    );
    // The page is served at the home page's own address, in either language.
    const other = locale === 'en' ? 'es' : 'en';
    await expect(page.getByRole('link', { name: messages.LanguageSwitcher.switchTo })).toHaveAttribute(
      'href',
      `/${other}`,
    );

    // Open, due tomorrow: the comprehension quiz submitted, on time.
    const openDates = { opensAt: fromNow(-24), dueAt: fromNow(24), closesAt: fromNow(48) };
    const open = await studentWith(browser, baseURL!, teacher, { ...options, dates: openDates });
    const work = { lessonSlug: LESSON_SLUG, locale, answers: [], submit: true };
    await seedQuizWork(open.student, { ...work, quizId: 'comprehension' });
    page = await open.context.newPage();
    await page.goto(`/${locale}`);
    card = homeCard(page, messages, lessonTitle);
    await expect(card.getByText(before(words.status.open))).toBeVisible();
    await expect(card.getByText(progress('comprehension', 'submitted-on-time'))).toBeVisible();
    await expect(card.getByText(progress('attribution', 'not-started'))).toBeVisible();
    await expectDates(page, card, openDates);

    // Due an hour ago and closed half an hour ago, but extended for this student until tomorrow: late, still taken.
    const lateDates = { opensAt: fromNow(-48), dueAt: fromNow(-1), closesAt: fromNow(-0.5) };
    const extendedUntil = fromNow(24);
    const late = await studentWith(browser, baseURL!, teacher, { ...options, dates: lateDates, extendedUntil });
    await seedQuizWork(late.student, { ...work, quizId: 'attribution' });
    page = await late.context.newPage();
    await page.goto(`/${locale}`);
    card = homeCard(page, messages, lessonTitle);
    await expect(card.getByText(words.status.late)).toBeVisible();
    await expect(card.getByText(progress('attribution', 'submitted-late'))).toBeVisible();
    await expectDates(page, card, { ...lateDates, closesAt: extendedUntil });
    await expect(card.locator(`time[datetime="${lateDates.closesAt.toISOString()}"]`)).toHaveCount(0);
    await expectAxeClean(browser, baseURL!, page, javaScriptEnabled);

    // A class without assignments says so; a visitor's home page has no such section.
    const none = await studentWith(browser, baseURL!, teacher, options);
    page = await none.context.newPage();
    await page.goto(`/${locale}`);
    await expect(page.getByRole('region', { name: words.heading }).getByText(words.empty)).toBeVisible();
    await expectAxeClean(browser, baseURL!, page, javaScriptEnabled);
    const visitor = await browser.newContext({ baseURL, javaScriptEnabled });
    page = await visitor.newPage();
    await page.goto(`/${locale}`);
    await expect(page.getByRole('heading', { name: messages.HomePage.lessonsHeading })).toBeVisible();
    await expect(page.getByRole('heading', { name: words.heading })).toHaveCount(0);

    for (const context of [upcoming.context, open.context, late.context, none.context, visitor, teacher.context])
      await context.close();
  });
}
