import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, openDemoClass } from './support/demo';
import { localesFor } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedStudent } from './support/seed';
import { gradedCount } from './support/answer-quiz';

// The teacher dashboard on the demo class that scripts/e2e-server.mjs seeds (npm run demo): 28 students, some
// unfinished, answers in both languages.

const overviewTable = (page: Page) => page.locator('section[aria-labelledby="overview"] table');

// One language after the other when both run (npm run test:full): each adds a student to the shared demo class and
// counts the roster, which the other language's student would throw off.
test.describe.configure({ mode: 'serial' });

for (const { locale, messages } of localesFor('dashboard on the demo class')) {
  const t = messages.TeacherDashboard;
  const ia = messages.ItemAnalysis;

  test.describe(`dashboard on the demo class (${locale})`, () => {
    // Each test walks many pages of one signed-in session; the item analysis alone took 21-26 s on a busy 2-core CI
    // host and once ran into the default 30 s on PostgreSQL.
    test.describe.configure({ mode: 'serial', timeout: 90_000 });
    let page: Page;
    let classUrl: string;
    let classId: string;

    test.beforeAll(async ({ browser }, info) => {
      ({ page, classUrl, classId } = await openDemoClass(browser, info.project.use.baseURL!, locale, messages));
    });
    test.afterAll(async () => {
      await page?.context().close();
    });

    test('overview: counts, every student, sorting by name and by score', async () => {
      await page.goto(classUrl);
      const counts = page.locator('section[aria-labelledby="overview"] dl');
      await expect(counts.locator('div').filter({ hasText: t.joined }).locator('dd')).toHaveText(String(DEMO.students));
      const names = await overviewTable(page).locator('tbody th').allInnerTexts();
      expect(names).toHaveLength(DEMO.students);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));

      await overviewTable(page).getByRole('link', { name: t.columns.name }).click();
      await expect(overviewTable(page).getByRole('columnheader', { name: t.columns.name })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      const descending = await overviewTable(page).locator('tbody th').allInnerTexts();
      expect(descending).toEqual([...names].reverse());

      await overviewTable(page).getByRole('link', { name: t.columns.comprehension }).click();
      await expect(overviewTable(page).getByRole('columnheader', { name: t.columns.comprehension })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      // A quiz's cell: its state, then the score once submitted ("Submitted 75%", "Entregado 75 %").
      const scores = (await overviewTable(page).locator('tbody tr td:nth-of-type(3)').allInnerTexts()).map((text) => {
        const score = /(\d+)\s*%$/.exec(text);
        return score ? Number(score[1]) : null;
      });
      const given = scores.filter((score): score is number => score !== null);
      expect(given.length).toBeGreaterThan(10);
      expect(scores.slice(0, given.length)).toEqual([...given].sort((a, b) => a - b));
      await expectNoAxeViolations(page);
    });

    test('drill-down: every answer of a student, right or wrong, with its time', async () => {
      await page.goto(`${classUrl}?sort=status&dir=desc`);
      const finished = overviewTable(page).locator('tbody tr').filter({ hasText: t.status.submitted }).first();
      const name = await finished.locator('th').innerText();
      await finished.getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        messages.StudentAnswers.title.replace('{name}', name),
      );
      const attempts = page.locator('section[aria-labelledby^="attempt-"]');
      await expect(attempts).toHaveCount(2);
      for (const quiz of Object.values(quizzes)) {
        const section = attempts.filter({
          has: page.getByRole('heading', { name: new RegExp(quiz.title[locale].replace(/[?()]/g, '.')) }),
        });
        await expect(section.locator('tbody tr')).toHaveCount(quiz.items.length);
      }
      const results = await attempts.locator('tbody tr td:nth-of-type(2)').allInnerTexts();
      const labels = messages.StudentAnswers.results;
      for (const result of results)
        // Written answers wait for the teacher's score ("Not graded yet").
        expect(
          [labels.right, labels.wrong, labels.pending].includes(result) ||
            result.startsWith(labels.partial.split(' (')[0]!),
        ).toBe(true);
      for (const time of await attempts.locator('time').all())
        expect(Date.parse((await time.getAttribute('datetime'))!)).toBeGreaterThan(Date.now() - 3 * 60 * 60 * 1000);
      await expectNoAxeViolations(page);
    });

    test('item analysis: hardest first, who chose what, language filter, charts with text alternatives', async () => {
      await page.goto(`${classUrl}/analysis/comprehension`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(quizzes.comprehension.title[locale]);
      const cards = page.locator('article[data-item]');
      // Written answers are scored by the teacher, not analysed as right or wrong here.
      await expect(cards).toHaveCount(gradedCount(quizzes.comprehension));
      const percents = await cards.evaluateAll((elements) =>
        elements.map((element) => Number(element.getAttribute('data-percent-correct'))),
      );
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      // Every answered question shows its options, the right one marked, and a misconception on chosen wrong ones.
      for (const card of await cards.all()) await expect(card.locator('tr[data-correct]').first()).toBeVisible();
      const misconceptionCells = page.locator('article[data-item] tbody td:nth-of-type(3)').filter({ hasText: /\w/ });
      expect(await misconceptionCells.count()).toBeGreaterThan(5);

      const histogram = page.getByRole('img', { name: ia.histogramTitle });
      await expect(histogram).toBeVisible();
      const bars = page.getByRole('img', { name: ia.barsTitle });
      await expect(bars).toBeVisible();
      const barTable = page.locator('figure').filter({ has: bars }).locator('table');
      await expect(barTable.locator('tbody tr')).toHaveCount(gradedCount(quizzes.comprehension));
      await expect(page.locator('figure').filter({ has: histogram }).locator('tbody tr')).toHaveCount(10);
      await expectNoAxeViolations(page);

      const counted = async () => Number(await page.locator('p[data-students]').getAttribute('data-students'));
      const everyone = await counted();
      await page.getByRole('link', { name: ia.filters.es }).click();
      await expect(page.getByRole('link', { name: ia.filters.es })).toHaveAttribute('aria-current', 'page');
      await expect(page).toHaveURL(/language=es$/);
      const spanish = await counted();
      expect(spanish).toBeGreaterThan(0);
      expect(spanish).toBeLessThan(everyone);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'light' });
    });

    test('attribution: confusion matrix with the right cells marked, and the discussion starter', async () => {
      await page.goto(`${classUrl}/analysis/attribution`);
      const matrices = page.locator('section[aria-labelledby="matrix"] table');
      await expect(matrices).toHaveCount(2);
      let largestWrong = 0;
      for (const matrix of await matrices.all()) {
        for (const row of await matrix.locator('tbody tr').all()) {
          await expect(row.locator('td[data-right]')).toHaveCount(1);
          for (const cell of await row.locator('td:not([data-right])').allInnerTexts())
            largestWrong = Math.max(largestWrong, Number(cell));
        }
      }
      expect(largestWrong).toBeGreaterThan(0);
      const starter = page.locator('section[aria-labelledby="discussion"] p').first();
      await expect(starter).toContainText(`(${largestWrong} `);
      await expect(starter).toContainText('→');
      await expectNoAxeViolations(page);
    });

    test('CSV downloads: one row per student and per answer, UTF-8 with BOM, formula cells neutralized', async ({
      browser,
      baseURL,
    }) => {
      // A student whose name a spreadsheet would run as a formula.
      const sneaky = locale === 'en' ? '=HYPERLINK("http://evil.example","x")' : '@SUM(1+1)';
      const student = await browser.newContext();
      await seedStudent(student, baseURL!, { classId }, sneaky);
      await student.close();

      await page.goto(classUrl);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: t.downloadStudents }).click();
      const file = await download;
      const body = await (await import('node:fs/promises')).readFile((await file.path())!);
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(body.toString('utf8'), { bom: true });
      expect(rows[0]![0]).toBe(messages.ClassExport.student);
      expect(rows).toHaveLength(DEMO.students + 2);
      const names = rows.slice(1).map((row) => row[0]);
      expect(names).toContain(`'${sneaky}`);
      expect(names.some((name) => /^[=+\-@\t\r]/.test(name!))).toBe(false);
      expect(rows.some((row) => row.some((cell) => /[ñáéíóú]/i.test(cell)))).toBe(true);

      const answers = await page.request.get(`${classUrl}/export/answers`);
      expect(answers.headers()['content-type']).toContain('text/csv');
      const answerRows: string[][] = parse(await answers.text(), { bom: true });
      // The demo class has no assignment, so no on-time column; the last two are the written answer's version and
      // the supports on when each answer was saved.
      expect(answerRows[0]).toHaveLength(16);
      expect(answerRows[0]!.at(-1)).toBe(messages.ClassExport.supports);
      expect(answerRows.length).toBeGreaterThan(300);
      const verdicts = new Set(
        answerRows.slice(1).map((row) => row[answerRows[0]!.indexOf(messages.ClassExport.correct)]),
      );
      expect(
        [...verdicts].every((verdict) =>
          [messages.ClassExport.yes, messages.ClassExport.no, messages.ClassExport.notGraded].includes(verdict!),
        ),
      ).toBe(true);

      // Leave the demo class as it was for the other tests.
      await page.getByRole('button', { name: messages.ClassPage.removeStudent.replace('{name}', sneaky) }).click();
      await expect(page.locator('section[aria-labelledby="overview"] dl dd').first()).toHaveText(String(DEMO.students));
    });

    test('print: the overview and item analysis keep the figures and drop the controls', async () => {
      await page.emulateMedia({ media: 'print' });
      await page.goto(classUrl);
      await expect(overviewTable(page)).toBeVisible();
      await expect(page.getByRole('button', { name: messages.TeacherHome.signOut })).toBeHidden();
      await expect(page.getByRole('heading', { name: messages.ClassPage.deleteTitle })).toBeHidden();
      await expect(page.getByRole('link', { name: t.downloadStudents })).toBeHidden();
      await page.goto(`${classUrl}/analysis/attribution`);
      await expect(page.getByRole('img', { name: ia.barsTitle })).toBeVisible();
      await expect(page.locator('section[aria-labelledby="matrix"] table').first()).toBeVisible();
      await expect(page.getByRole('link', { name: ia.filters.all })).toBeVisible();
      await expect(page.getByRole('link', { name: ia.filters.es })).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
    });
  });
}
