import { expect, test, type Browser, type Page } from './support/test';
import type { QuizItem } from '../content/quiz-schema';
import { expectNoAxeViolations } from './support/axe';
import { parse } from 'csv-parse/sync';
import { LESSON_SLUG, localesFor, type LocaleCase } from './support/locales';
import { quizzes, sentenceText } from './support/quiz-content';
import { seedClass, seedStudent, seedTeacher, type SeededClass } from './support/seed';

type Written = Extract<QuizItem, { type: 'written' }>;
type Messages = LocaleCase['messages'];

const quiz = quizzes.comprehension;
const position = quiz.items.findIndex((item) => item.type === 'written') + 1;
const item = quiz.items[position - 1] as Written;
const quizUrl = (locale: string, query = '') => `/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}${query}`;
/** A message with its {placeholders} filled in (plain ones only). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
const counter = (messages: Messages, count: number) =>
  messages.Quiz.written.counter.replace('{count}', String(count)).replace('{max}', '600');

// Markup, a spreadsheet formula and an emoji: stored as typed and shown as plain text, never run or rendered.
const HOSTILE = '<b>Because</b> =SUM(A1) the office says separation violates a child’s rights 👍';

/** Unchecks every picked sentence (the checked set shrinks as it goes, so always the first). */
async function uncheckAll(page: Page) {
  const checked = page.getByRole('checkbox', { checked: true });
  while ((await checked.count()) > 0) await checked.first().uncheck();
}

async function submitQuiz(page: Page, locale: string, messages: Messages) {
  await page.goto(quizUrl(locale, `?q=${quiz.items.length + 1}`));
  await page.getByRole('button', { name: messages.Quiz.submit }).click();
  await expect(page).toHaveURL(/\/results$/);
}

/** The results show the answer as typed, the picked sentence, "waiting for your teacher", and no model answer yet. */
async function expectWaitingForTeacher(page: Page, language: 'en' | 'es', messages: Messages, text: string) {
  const result = page.getByRole('listitem').filter({ hasText: item.prompt[language] });
  await expect(result.getByText(messages.QuizResults.waiting, { exact: true })).toBeVisible();
  await expect(result.getByText(text, { exact: true })).toBeVisible();
  await expect(result.locator('b')).toHaveCount(0);
  await expect(result.getByText(sentenceText(item.evidence[0]!, language))).toBeVisible();
  await expect(page.getByText(item.modelAnswer[language])).toHaveCount(0);
  await expect(page.getByText(item.explanation[language])).toHaveCount(0);
}

for (const { locale, messages } of localesFor('written answers')) {
  const other = locale === 'en' ? 'es' : 'en';

  test.describe(`written answers (${locale})`, () => {
    test('write with evidence in the other language, find it after a reload, submit, and wait for the teacher', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.goto(quizUrl(locale, `?q=${position}`));
      await expect(page.getByRole('group', { name: item.prompt[locale] })).toBeVisible();
      await expect(page.getByText(counter(messages, 0))).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('radio', { name: other === 'en' ? 'English' : 'Español', exact: true }).check();
      await page.getByLabel(messages.Quiz.written.answerLabel).fill(HOSTILE);
      await expect(page.getByText(counter(messages, [...HOSTILE].length))).toBeVisible();
      // Saved while typing, after a pause, without pressing anything.
      await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();

      // No more than three sentences can be picked.
      const boxes = page.getByRole('group', {
        name: messages.Quiz.written.evidenceLegend.replace('{min}', '1').replace('{max}', '3'),
      });
      for (const box of (await boxes.getByRole('checkbox').all()).slice(0, 4))
        if (await box.isEnabled()) await box.check();
      await expect(boxes.getByRole('checkbox', { checked: true })).toHaveCount(3);
      await expect(boxes.getByRole('checkbox', { disabled: true })).toHaveCount(item.choices.length - 3);
      await uncheckAll(page);
      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(page.getByText(messages.Quiz.written.saved)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();

      await page.reload();
      await expect(page.getByLabel(messages.Quiz.written.answerLabel)).toHaveValue(HOSTILE);
      await expect(page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) })).toBeChecked();
      await expect(boxes.getByRole('checkbox', { checked: true })).toHaveCount(1);
      await expect(
        page.getByRole('radio', { name: other === 'en' ? 'English' : 'Español', exact: true }),
      ).toBeChecked();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'light' });

      await submitQuiz(page, locale, messages);
      await expectWaitingForTeacher(page, locale, messages, HOSTILE);
      // One written answer waits; the other, left empty, counts as zero like any unanswered question.
      await expect(
        page.getByText(locale === 'en' ? /^1 written answer is waiting/ : /^1 respuesta escrita espera/),
      ).toBeVisible();
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
    });
  });
}

for (const { locale, messages } of localesFor('written answers without JavaScript')) {
  test.describe(`written answers without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    test('save with the button, change it, be refused a fourth sentence, submit', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(quizUrl(locale, `?q=${position}`));
      const answer = page.getByLabel(messages.Quiz.written.answerLabel);
      await answer.fill('First line.\nSecond line.');
      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(page).toHaveURL(new RegExp(`\\?q=${position}$`));
      await expect(page.getByText(messages.Quiz.written.saved)).toBeVisible();
      await expect(answer).toHaveValue('First line.\nSecond line.');

      // Four sentences: refused with the written answer's own message, and the saved answer is kept as it was.
      for (const box of (await page.getByRole('checkbox').all()).slice(0, 4)) await box.check();
      await answer.fill('Should not be stored.');
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(page.getByRole('alert')).toHaveText(
        messages.Quiz.errors.written.replace('{max}', '600').replace('{picks}', '3'),
      );
      await expect(answer).toHaveValue('First line.\nSecond line.');

      await answer.fill(HOSTILE);
      await uncheckAll(page);
      await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale) }).check();
      await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
      await expect(answer).toHaveValue(HOSTILE);
      await submitQuiz(page, locale, messages);
      await expectWaitingForTeacher(page, locale, messages, HOSTILE);
    });
  });
}

/** A student of the class who writes `text` (with the first evidence sentence) for the first written item and submits. */
async function studentWrites(
  browser: Browser,
  baseURL: string,
  locale: string,
  messages: Messages,
  klass: SeededClass,
  name: string,
  text: string,
) {
  const context = await browser.newContext();
  await seedStudent(context, baseURL, klass, name);
  const page = await context.newPage();
  await page.goto(quizUrl(locale, `?q=${position}`));
  await page.getByRole('checkbox', { name: sentenceText(item.evidence[0]!, locale as 'en' | 'es') }).check();
  await page.getByLabel(messages.Quiz.written.answerLabel).fill(text);
  await page.getByRole('button', { name: messages.Quiz.saveAnswer }).click();
  await expect(page.getByText(messages.Quiz.written.saved)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: messages.Quiz.status.saved })).toBeVisible();
  await submitQuiz(page, locale, messages);
  return page;
}

for (const { locale, messages } of localesFor('scoring written answers')) {
  const t = messages.WrittenScoring;
  test.describe(`scoring written answers (${locale})`, () => {
    test('the teacher scores every answer by question with the keyboard, returns them, and the student sees level, comment and model answer', async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const klass = await seedClass(await seedTeacher(context, baseURL!), `Written ${locale}`, locale);
      const { url } = klass;
      const ana = await studentWrites(
        browser,
        baseURL!,
        locale,
        messages,
        klass,
        'Ana',
        'Ana: separation violates a child’s rights.',
      );
      const ben = await studentWrites(browser, baseURL!, locale, messages, klass, 'Ben', 'Ben: because detention.');

      await page.goto(url);
      await page
        .getByRole('link', {
          name: messages.TeacherDashboard.writtenLink.replace('{quiz}', quiz.title[locale]).replace('{count}', '2'),
        })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        t.title.replace('{quiz}', quiz.title[locale]),
      );
      await expect(
        page.getByText(t.progress.replace('{scored}', '0').replace('{total}', '2'), { exact: true }),
      ).toBeVisible();
      // The calibration set: a sample at each level with why, the rubric's sentences written out.
      await page.getByText(t.calibration.replace('{count}', String(item.calibration.length))).click();
      const topSample = item.calibration.find((sample) => sample.level === item.rubric.length)!;
      await expect(page.getByText(topSample.answer[locale], { exact: true })).toBeVisible();
      await expect(page.getByRole('main')).not.toContainText(/\{p\d+s\d+\}/);
      await expectNoAxeViolations(page);

      // Names hidden while scoring.
      await page.getByRole('link', { name: t.hideNames }).click();
      await expect(
        page.getByRole('heading', { name: new RegExp(t.hiddenName.replace('{number}', '1')) }),
      ).toBeVisible();
      await expect(page.getByText('Ana', { exact: true })).toHaveCount(0);
      await expect(page.getByText('Ana: separation violates a child’s rights.')).toBeVisible();

      // Keyboard only: a level with its number key (autosaved), a comment, then N for the next answer.
      const student = (number: number) => fill(t.hiddenName, { number });
      await page.keyboard.press('3');
      await expect(page.getByText(fill(t.saved, { level: 3, name: student(1) }))).toBeVisible();
      await page.getByLabel(fill(t.comment, { name: student(1) })).focus();
      await page.keyboard.insertText('Which sentence shows it?');
      await page.keyboard.press('n'); // typed into the comment, not a shortcut
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Tab'); // leaving the comment saves it
      await expect(page.getByText(fill(t.saved, { level: 3, name: student(1) }))).toBeVisible();
      await page.keyboard.press('n');
      await expect(page.getByText('Ben: because detention.')).toBeVisible();
      await expect(
        page.getByText(t.progress.replace('{scored}', '1').replace('{total}', '2'), { exact: true }),
      ).toBeVisible();
      await page.keyboard.press('2');
      await expect(page.getByText(fill(t.saved, { level: 2, name: student(2) }))).toBeVisible();
      await page.keyboard.press('p');
      await expect(page.getByText('Ana: separation violates a child’s rights.')).toBeVisible();
      await expect(page.getByRole('radio', { name: new RegExp(`^3\\. `) })).toBeChecked();
      await expect(page.getByLabel(fill(t.comment, { name: student(1) }))).toHaveValue('Which sentence shows it?');
      await expect(
        page.getByText(t.progress.replace('{scored}', '2').replace('{total}', '2'), { exact: true }),
      ).toBeVisible();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'light' });

      // Before returning, the student still waits.
      await ana.reload();
      await expect(ana.getByText(messages.QuizResults.waiting, { exact: true })).toBeVisible();

      const returnButton = page.getByRole('button', { name: t.returnButton });
      await returnButton.focus();
      await page.keyboard.press('Enter');
      await expect(
        page.getByText(
          t.returned.replace(/\{count, plural, =0 \{[^}]*\} one \{[^}]*\} other \{([^}]*)\}\}/, '$1').replace('#', '2'),
        ),
      ).toBeVisible();
      // Returning again changes nothing.
      await returnButton.click();
      await expect(page.getByText(t.returned.match(/=0 \{([^}]*)\}/)![1]!)).toBeVisible();

      await ana.reload();
      const result = ana.getByRole('listitem').filter({ hasText: item.prompt[locale] });
      await expect(
        result.getByText(
          messages.QuizResults.level
            .replace('{number}', '3')
            .replace('{of}', String(item.rubric.length))
            .replace('{label}', item.rubric[2]!.label[locale]),
        ),
      ).toBeVisible();
      await expect(result.getByText('Which sentence shows it?')).toBeVisible();
      await expect(result.getByText(item.modelAnswer[locale])).toBeVisible();
      await expectNoAxeViolations(ana);
      await ana.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(ana);
      await ben.reload();
      await expect(ben.getByText(item.rubric[1]!.label[locale], { exact: false }).first()).toBeVisible();
    });
  });
}

// The address names the answer on screen: choosing a level autosaves and re-renders the page, and what the teacher
// does next must still land on that answer (it once moved to the next unscored one, and comments went astray).
for (const { locale, messages } of localesFor('scoring lands on the answer on screen')) {
  const t = messages.WrittenScoring;
  test.describe(`scoring lands on the answer on screen (${locale})`, () => {
    test('mouse, keyboard and comment on the first, a middle and the last answer; Next walks them in order', async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const klass = await seedClass(await seedTeacher(context, baseURL!), `Misfile ${locale}`, locale);
      // Roster order is by name: Ana, Ben, Carla.
      const plan = [
        { name: 'Ana', text: 'Ana wrote this.', mouse: 2, keyboard: 3 },
        { name: 'Ben', text: 'Ben wrote this.', mouse: 1, keyboard: 4 },
        { name: 'Carla', text: 'Carla wrote this.', mouse: 4, keyboard: 2 },
      ];
      const students = [];
      for (const entry of plan)
        students.push(await studentWrites(browser, baseURL!, locale, messages, klass, entry.name, entry.text));

      await page.goto(`${klass.url}/written/${quiz.id}`);
      for (const [index, entry] of plan.entries()) {
        const heading = page.getByRole('heading', { level: 2, name: new RegExp(entry.name) });
        await expect(heading).toBeVisible();
        await expect(page).toHaveURL(/[?&]answer=[0-9a-f-]{36}/);
        await page.getByRole('radio', { name: new RegExp(`^${entry.mouse}\\. `) }).click();
        await expect(page.getByText(fill(t.saved, { level: entry.mouse, name: entry.name }))).toBeVisible();
        await page.keyboard.press(String(entry.keyboard));
        await expect(page.getByText(fill(t.saved, { level: entry.keyboard, name: entry.name }))).toBeVisible();
        await expect(heading).toBeVisible();
        await page.getByLabel(fill(t.comment, { name: entry.name })).fill(`For ${entry.name} only.`);
        await page.getByRole('button', { name: index < plan.length - 1 ? t.saveNext : t.saveFinish }).click();
      }
      await expect(
        page.getByRole('heading', { name: t.endAllScored.match(/other \{(.*)\}\}$/)![1]!.replace('#', '3') }),
      ).toBeVisible();

      // Next walks the answers in order from the first, then ends the question.
      await page.goto(`${klass.url}/written/${quiz.id}`);
      for (const entry of plan) {
        await expect(page.getByRole('heading', { level: 2, name: new RegExp(entry.name) })).toBeVisible();
        await expect(page.getByText(entry.text, { exact: true })).toBeVisible();
        await page.getByRole('link', { name: entry === plan.at(-1) ? t.finish : t.next }).click();
      }
      await expect(page.getByText(fill(t.progress, { scored: 3, total: 3 })).first()).toBeVisible();

      // Stored on each student's own answer: the teacher's export reads the database.
      const csv = await page.request.get(`${klass.url}/export/answers`);
      const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
      const labels = messages.ClassExport;
      const stored = rows
        .filter((row) => row[labels.itemId] === item.id)
        .map((row) => [row[labels.student], row[labels.level], row[labels.comment]]);
      expect(stored).toEqual(plan.map((entry) => [entry.name, String(entry.keyboard), `For ${entry.name} only.`]));

      // And on the student's results once returned: the last student sees her own level and comment.
      await page.getByRole('button', { name: t.returnButton }).click();
      await expect(
        page.getByText(fill(t.returned.match(/other \{(.*)\}\}$/)![1]!, {}).replace('#', '3')),
      ).toBeVisible();
      const carla = students.at(-1)!;
      await carla.reload();
      const result = carla.getByRole('listitem').filter({ hasText: item.prompt[locale] });
      await expect(result.getByText('For Carla only.')).toBeVisible();
      await expect(
        result.getByText(
          fill(messages.QuizResults.level, { number: 2, of: item.rubric.length, label: item.rubric[1]!.label[locale] }),
        ),
      ).toBeVisible();
    });
  });
}
