import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { LessonMeta } from '../content/lesson-schema';
import type { Quiz, QuizItem } from '../content/quiz-schema';
import { createFreshDatabase } from '../scripts/fresh-database.mjs';
import { freePort, startApp, type RunningApp } from './support/app-process';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, localesFor } from './support/locales';
import { quizzes as realQuizzes } from './support/quiz-content';
import { seedClass, seedQuizWork, seedStudent, seedTeacher, type SeedEndpoint } from './support/seed';
import { expect, test, type Page } from './support/test';

// A second lesson through every teacher page of a class: the class's page, its progress in that lesson, the item
// analysis, the written answers, a student's answers and the CSV download, each at an address that names the lesson.
// The lesson is the tests' fixture (e2e/fixtures/lessons/), which an app loads only with FUENTE_FIXTURE_LESSONS=true:
// this spec starts one of its own, on a database of its own, so that no other spec sees a second lesson. The
// students' work is seeded through the app's own save; the teacher's side is what this walks.

const SLUG = 'fixture-two-voices';
const dir = path.join(process.cwd(), 'e2e', 'fixtures', 'lessons', SLUG);
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
const meta = read<LessonMeta>('meta.json');
const quizzes = {
  comprehension: read<Quiz>('quizzes/comprehension.json'),
  attribution: read<Quiz>('quizzes/attribution.json'),
};
const written = quizzes.comprehension.items.find((item) => item.type === 'written')!;
const ANA_TEXT = 'Ana: detention is never good for a child and breaks the child’s rights.';
const BEN_TEXT = 'Ben: they should not lock up kids.';

/** The response a careful reader gives; `wrong` picks a wrong option of a single-choice item instead. */
function response(item: QuizItem, text: string, wrong = false): unknown {
  switch (item.type) {
    case 'single':
      return { optionId: item.options.find((option) => option.correct !== wrong)!.id };
    case 'truefalse':
      return { value: item.answer };
    case 'evidence':
      return { sentenceId: item.answer[0] };
    case 'written':
      return { text, evidence: [item.evidence[0]], language: 'en' };
    default:
      throw new Error(`the fixture lesson has no ${item.type} item`);
  }
}

const answersTo = (quiz: Quiz, text: string, wrongItemId?: string) =>
  quiz.items.map((item) => ({ itemId: item.id, response: response(item, text, item.id === wrongItemId) }));

/** A message with its {placeholders} filled in (plain ones only). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/** Joined, finished both quizzes, average: the overview's counts. */
const counts = (page: Page) => page.locator('section[aria-labelledby="overview"] dl dd');

let app: RunningApp;
let dropDatabase: (() => Promise<void>) | undefined;
let endpoint: SeedEndpoint;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const database = await createFreshDatabase('fixture_lesson');
  dropDatabase = database.cleanup;
  endpoint = { port: await freePort(), token: randomBytes(24).toString('base64url') };
  app = await startApp({
    ...database.env,
    FUENTE_FIXTURE_LESSONS: 'true',
    FUENTE_E2E_SEED_PORT: String(endpoint.port),
    FUENTE_E2E_SEED_TOKEN: endpoint.token,
  });
});

test.afterAll(async () => {
  await app?.stop();
  await dropDatabase?.();
});

for (const { locale, messages } of localesFor('a teacher walks a class on the fixture lesson')) {
  const t = messages.TeacherDashboard;

  test(`a teacher walks a class's pages on a second lesson, each address naming it (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { baseURL } = app;
    const context = await browser.newContext({ baseURL });
    const teacher = await seedTeacher(context, baseURL, endpoint);
    const klass = await seedClass(teacher, `Fixture class ${locale}`, locale, {}, endpoint);
    const students = await browser.newContext({ baseURL });
    const ana = await seedStudent(students, baseURL, klass, 'Ana', endpoint);
    const ben = await seedStudent(students, baseURL, klass, 'Ben', endpoint);
    await students.close();
    const work = { lessonSlug: SLUG, locale, submit: true } as const;
    await seedQuizWork(
      ana,
      { ...work, quizId: 'comprehension', answers: answersTo(quizzes.comprehension, ANA_TEXT) },
      endpoint,
    );
    await seedQuizWork(ana, { ...work, quizId: 'attribution', answers: answersTo(quizzes.attribution, '') }, endpoint);
    const [firstItem] = quizzes.comprehension.items;
    await seedQuizWork(
      ben,
      { ...work, quizId: 'comprehension', answers: answersTo(quizzes.comprehension, BEN_TEXT, firstItem!.id) },
      endpoint,
    );

    // The class's own address opens its default lesson, where this class has done nothing; the fixture is listed.
    const page = await context.newPage();
    await page.goto(`/${locale}/teacher/classes/${klass.classId}`);
    await expect(page).toHaveURL(new RegExp(`/teacher/classes/${klass.classId}/lessons/${LESSON_SLUG}$`));
    await expect(counts(page).nth(1)).toHaveText('0');
    const lessons = page.getByRole('navigation', { name: t.lessonsNav });
    await expect(lessons.getByRole('link', { name: /./ })).toHaveCount(2);
    await lessons.getByRole('link', { name: meta.title[locale] }).click();

    // The overview on the fixture lesson: its title, its students' progress, its links, each address naming it.
    const lessonPath = `/${locale}/teacher/classes/${klass.classId}/lessons/${SLUG}`;
    await expect(page).toHaveURL(new RegExp(`${lessonPath}$`));
    await expect(lessons.getByRole('link', { name: meta.title[locale] })).toHaveAttribute('aria-current', 'page');
    await expect(
      page.getByRole('heading', { level: 2, name: fill(t.overviewTitle, { lesson: meta.title[locale] }) }),
    ).toBeVisible();
    await expect(counts(page).nth(0)).toHaveText('2');
    await expect(counts(page).nth(1)).toHaveText('1');
    await expectNoAxeViolations(page);

    // Item analysis: the fixture's questions, Ben's wrong first answer counted.
    const comprehension = quizzes.comprehension.title[locale];
    await page.getByRole('link', { name: fill(t.analysisLink, { quiz: comprehension }) }).click();
    await expect(page).toHaveURL(new RegExp(`${lessonPath}/analysis/comprehension$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      fill(messages.ItemAnalysis.title, { quiz: comprehension }),
    );
    const hardest = page.getByRole('region', { name: messages.ItemAnalysis.itemsTitle });
    await expect(hardest.getByText(firstItem!.prompt[locale], { exact: true }).first()).toBeVisible();
    await expect(page.getByText(realQuizzes.comprehension.items[0]!.prompt[locale])).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Written answers: the fixture's written question, both students' words, a level saved.
    await page.getByRole('link', { name: messages.ItemAnalysis.back }).click();
    await expect(page).toHaveURL(new RegExp(`${lessonPath}$`));
    await page.getByRole('link', { name: fill(t.writtenLink, { quiz: comprehension, count: 2 }) }).click();
    await expect(page).toHaveURL(new RegExp(`${lessonPath}/written/comprehension\\?item=${written.id}&answer=`));
    const w = messages.WrittenScoring;
    await expect(page.getByText(fill(w.progress, { scored: 0, total: 2 }), { exact: true })).toBeVisible();
    const first = (await page.getByText(ANA_TEXT).count()) ? 'Ana' : 'Ben';
    await expect(page.getByText(first === 'Ana' ? ANA_TEXT : BEN_TEXT)).toBeVisible();
    await page.getByRole('radio', { name: /^3\. / }).check();
    await expect(page.getByText(fill(w.saved, { level: 3, name: first }))).toBeVisible();
    await expect(page.getByText(fill(w.progress, { scored: 1, total: 2 }), { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // A student's answers: Ana's, in the fixture's quizzes.
    await page.getByRole('link', { name: w.back }).click();
    await expect(page).toHaveURL(new RegExp(`${lessonPath}$`));
    await page.locator('section[aria-labelledby="overview"]').getByRole('link', { name: 'Ana', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${lessonPath}/students/${ana.learnerId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      fill(messages.StudentAnswers.title, { name: 'Ana' }),
    );
    await expect(page.getByText(firstItem!.prompt[locale]).first()).toBeVisible();
    await expect(page.getByText(ANA_TEXT)).toBeVisible();
    await expectNoAxeViolations(page);

    // The CSV download the overview links to: every answer of the class in this lesson, and none of another.
    await page.getByRole('link', { name: messages.StudentAnswers.back }).click();
    const download = page.getByRole('link', { name: t.downloadAnswers });
    await expect(download).toHaveAttribute('href', `${lessonPath}/export/answers`);
    const csv = await page.request.get(`${lessonPath}/export/answers`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
    const labels = messages.ClassExport;
    const itemIds = [...quizzes.comprehension.items, ...quizzes.attribution.items].map((item) => item.id);
    expect(rows.map((row) => row[labels.itemId]).sort()).toEqual(
      [...itemIds, ...quizzes.comprehension.items.map((item) => item.id)].sort(),
    );
    expect(rows.find((row) => row[labels.itemId] === written.id && row[labels.student] === first)?.[labels.level]).toBe(
      '3',
    );

    // The lesson's teacher notes, linked from its overview.
    await page.getByRole('link', { name: t.notesLink }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/teacher/lessons/${SLUG}/notes$`));
    await expect(page.getByRole('heading', { level: 1, name: messages.TeacherNotes.title })).toBeVisible();
    await context.close();
  });
}
