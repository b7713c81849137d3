import { expect, test, type BrowserContext, type Page } from './support/test';
import en from '../messages/en.json';
import { answerWithMouse } from './support/answer-quiz';
import { appFiles } from './support/app-files';
import { LESSON_SLUG } from './support/locales';
import { quizzes } from './support/quiz-content';
import { callAction, serverActions, type ActionArgs } from './support/server-actions';
import { createClass, joinClass, signUpTeacher, TEACHER_PASSWORD } from './support/teacher';

// Who may read and write what: five actors against every page and every Server Action of the build.
// A route or action that is not listed here fails the test, so new ones must say who may use them.

test.describe.configure({ mode: 'serial' });

type Actor = 'anonymous' | 'studentA' | 'studentB' | 'teacherA' | 'teacherB';
const ACTORS: Actor[] = ['anonymous', 'studentA', 'studentB', 'teacherA', 'teacherB'];

type World = {
  contexts: Record<Actor, BrowserContext>;
  classA: { classId: string; joinCode: string; url: string };
  classB: { classId: string; joinCode: string; url: string };
  teacherAEmail: string;
  studentAId: string;
  submittedAttemptA: string;
  openAttemptA: string;
};
let world: World;
let baseURL: string;

async function open(context: BrowserContext): Promise<Page> {
  return context.newPage();
}

test.beforeAll(async ({ browser }, info) => {
  test.setTimeout(180_000);
  baseURL = info.project.use.baseURL!;
  const contexts = Object.fromEntries(
    await Promise.all(ACTORS.map(async (actor) => [actor, await browser.newContext({ baseURL })])),
  ) as World['contexts'];

  const teacherA = await open(contexts.teacherA);
  const teacherAEmail = await signUpTeacher(teacherA, 'en', en);
  const classA = await createClass(teacherA, en, 'Class A');
  const teacherB = await open(contexts.teacherB);
  await signUpTeacher(teacherB, 'en', en);
  const classB = await createClass(teacherB, en, 'Class B');

  const studentA = await open(contexts.studentA);
  await joinClass(studentA, 'en', en, classA.joinCode, 'Student A');
  await studentA.goto(`/en/lessons/${LESSON_SLUG}`);
  await studentA.getByRole('radio', { name: en.Familiarity.levels.some }).check();
  await studentA.getByRole('button', { name: en.Familiarity.save }).click();
  await expect(studentA.getByRole('region', { name: en.LessonPage.beforeYouRead }).getByRole('status')).toHaveText(
    en.Familiarity.saved,
  );
  // One submitted attempt (comprehension) and one in progress (attribution).
  await studentA.goto(`/en/lessons/${LESSON_SLUG}/quiz/comprehension`);
  await answerWithMouse(studentA, quizzes.comprehension.items[0]!, 'en', en);
  await expect(studentA.getByText(en.Quiz.feedback.correct, { exact: true })).toBeVisible();
  const submittedAttemptA = await studentA.locator('input[name="attemptId"]').first().inputValue();
  // A written answer too, for the teacher's scoring page and actions below.
  await studentA.goto(`/en/lessons/${LESSON_SLUG}/quiz/comprehension?q=${WRITTEN_POSITION}`);
  await studentA.getByLabel(en.Quiz.written.answerLabel).fill(WRITTEN_TEXT);
  await studentA.getByRole('button', { name: en.Quiz.saveAnswer }).click();
  await expect(studentA.getByText(en.Quiz.written.saved)).toBeVisible();
  await expect(studentA.getByRole('status').filter({ hasText: en.Quiz.status.saved })).toBeVisible();
  await studentA.goto(`/en/lessons/${LESSON_SLUG}/quiz/comprehension?q=${quizzes.comprehension.items.length + 1}`);
  await studentA.getByRole('button', { name: en.Quiz.submit }).click();
  await expect(studentA).toHaveURL(/\/results$/);
  await studentA.goto(`/en/lessons/${LESSON_SLUG}/quiz/attribution`);
  await answerWithMouse(studentA, quizzes.attribution.items[0]!, 'en', en);
  await expect(studentA.getByText(en.Quiz.feedback.correct, { exact: true })).toBeVisible();
  const openAttemptA = await studentA.locator('input[name="attemptId"]').first().inputValue();

  const studentB = await open(contexts.studentB);
  await joinClass(studentB, 'en', en, classB.joinCode, 'Student B');

  // Teacher A scores it (level 2) without returning it: an attacker who could score or return would change that.
  await teacherA.goto(`${classA.url}/written/comprehension`);
  await teacherA.getByRole('radio', { name: /^2\. / }).check();
  await expect(teacherA.getByText(en.WrittenScoring.saved)).toBeVisible();
  await teacherA.goto(classA.url);
  const studentAId = await teacherA.locator('input[name="learnerId"]').first().inputValue();
  world = { contexts, classA, classB, teacherAEmail, studentAId, submittedAttemptA, openAttemptA };
});

test.afterAll(async () => {
  await Promise.all(Object.values(world?.contexts ?? {}).map((context) => context.close()));
});

type Outcome = 'ok' | 'signin' | 'not-found' | 'quiz';

const WRITTEN_POSITION = quizzes.comprehension.items.findIndex((item) => item.type === 'written') + 1;
const WRITTEN_ITEM_ID = quizzes.comprehension.items[WRITTEN_POSITION - 1]!.id;
const WRITTEN_TEXT = 'Student A writes that separation violates a child’s rights.';

/** Where a GET ends for an actor: the page itself, the sign-in page, a 404, or (results) back to the quiz. */
async function visit(actor: Actor, pathname: string): Promise<{ outcome: Outcome; html: string; served: string }> {
  const page = await world.contexts[actor].newPage();
  const response = await page.goto(pathname);
  // What the server sent, and the page as the browser shows it (scripts may have loaded more since).
  const served = (await response?.text()) ?? '';
  const html = await page.content();
  const finalPath = new URL(page.url()).pathname;
  await page.close();
  if (response?.status() === 404) return { outcome: 'not-found', html, served };
  if (finalPath.endsWith('/teacher/signin') && !pathname.endsWith('/teacher/signin'))
    return { outcome: 'signin', html, served };
  if (pathname.includes('/results') && !finalPath.endsWith('/results')) return { outcome: 'quiz', html, served };
  return { outcome: 'ok', html, served };
}

const everyone = (outcome: Outcome) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<Actor, Outcome>;
const teachersOnly = {
  anonymous: 'signin',
  studentA: 'signin',
  studentB: 'signin',
  teacherA: 'ok',
  teacherB: 'ok',
} as const;

/** Every page file, with the paths to request and what each actor must get. */
const PAGES: Record<
  string,
  () => {
    path: string;
    expected: Record<Actor, Outcome>;
    /** Never in what the server sends nor in the page as shown. */
    hidden?: Partial<Record<Actor, string[]>>;
    /** Never in what the server sends; the page's scripts may load it afterwards for its owner. */
    notServed?: Partial<Record<Actor, string[]>>;
  }[]
> = {
  '[locale]/page.tsx': () => [{ path: '/en', expected: everyone('ok') }],
  '[locale]/privacy/page.tsx': () => [{ path: '/es/privacy', expected: everyone('ok') }],
  // What the service worker shows offline: the same page for everybody.
  '[locale]/offline/page.tsx': () => [{ path: '/es/offline', expected: everyone('ok') }],
  '[locale]/join/page.tsx': () => [{ path: '/en/join', expected: everyone('ok') }],
  '[locale]/join/resume/page.tsx': () => [{ path: '/en/join/resume', expected: everyone('ok') }],
  '[locale]/teacher/signin/page.tsx': () => [{ path: '/en/teacher/signin', expected: everyone('ok') }],
  '[locale]/teacher/signup/page.tsx': () => [{ path: '/en/teacher/signup', expected: everyone('ok') }],
  '[locale]/lessons/[slug]/page.tsx': () => [
    {
      path: `/en/lessons/${LESSON_SLUG}`,
      expected: everyone('ok'),
      hidden: { anonymous: ['Student A'], studentB: ['Student A'], teacherA: ['Student A'], teacherB: ['Student A'] },
    },
  ],
  // The prerendered reading page is the same for everyone and names nobody; each learner's state loads separately, so
  // student A's own name may appear once their state has loaded, and nobody else's page ever shows it.
  '[locale]/lessons/[slug]/prerendered/[view]/page.tsx': () => [
    {
      path: `/en/lessons/${LESSON_SLUG}/prerendered/single`,
      expected: everyone('ok'),
      hidden: { anonymous: ['Student A'], studentB: ['Student A'], teacherA: ['Student A'], teacherB: ['Student A'] },
      notServed: { studentA: ['Student A'] },
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/page.tsx': () => [
    {
      path: `/en/lessons/${LESSON_SLUG}/quiz/attribution`,
      expected: everyone('ok'),
      // Nobody else's quiz page carries student A's attempt.
      hidden: {
        anonymous: [world.openAttemptA],
        studentB: [world.openAttemptA],
        teacherA: [world.openAttemptA],
        teacherB: [world.openAttemptA],
      },
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/prerendered/page.tsx': () => [
    {
      path: `/en/lessons/${LESSON_SLUG}/quiz/attribution/prerendered`,
      expected: everyone('ok'),
      // The same HTML for everyone; student A's attempt arrives from the API on their own page only.
      hidden: {
        anonymous: [world.openAttemptA],
        studentB: [world.openAttemptA],
        teacherA: [world.openAttemptA],
        teacherB: [world.openAttemptA],
      },
      notServed: { studentA: [world.openAttemptA] },
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/results/page.tsx': () => [
    {
      path: `/en/lessons/${LESSON_SLUG}/quiz/comprehension/results?attempt=${world.submittedAttemptA}`,
      // Someone else's attempt does not exist for them: the not-found page, as for a malformed id.
      expected: {
        anonymous: 'not-found',
        studentA: 'ok',
        studentB: 'not-found',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
    },
  ],
  '[locale]/teacher/page.tsx': () => [
    { path: '/en/teacher', expected: teachersOnly, hidden: { teacherA: ['Class B'], teacherB: ['Class A'] } },
  ],
  '[locale]/teacher/account/page.tsx': () => [{ path: '/en/teacher/account', expected: teachersOnly }],
  '[locale]/teacher/lessons/[slug]/notes/page.tsx': () => [
    { path: `/en/teacher/lessons/${LESSON_SLUG}/notes`, expected: teachersOnly },
    { path: '/en/teacher/lessons/no-such-lesson/notes', expected: everyone('not-found') },
  ],
  '[locale]/teacher/classes/[classId]/page.tsx': () => [
    {
      path: `/en/teacher/classes/${world.classA.classId}`,
      expected: { anonymous: 'signin', studentA: 'signin', studentB: 'signin', teacherA: 'ok', teacherB: 'not-found' },
      hidden: { teacherB: ['Student A', world.classA.joinCode] },
    },
    {
      path: '/en/teacher/classes/00000000-0000-4000-8000-000000000000',
      expected: {
        anonymous: 'signin',
        studentA: 'signin',
        studentB: 'signin',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
    },
  ],
  '[locale]/teacher/classes/[classId]/written/[quizId]/page.tsx': () => [
    {
      path: `/en/teacher/classes/${world.classA.classId}/written/comprehension`,
      expected: { anonymous: 'signin', studentA: 'signin', studentB: 'signin', teacherA: 'ok', teacherB: 'not-found' },
      hidden: { teacherB: ['Student A', WRITTEN_TEXT, 'Class A'] },
    },
    {
      path: `/en/teacher/classes/${world.classA.classId}/written/no-such-quiz`,
      expected: {
        anonymous: 'signin',
        studentA: 'signin',
        studentB: 'signin',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
    },
  ],
  '[locale]/teacher/classes/[classId]/analysis/[quizId]/page.tsx': () => [
    {
      path: `/en/teacher/classes/${world.classA.classId}/analysis/attribution`,
      expected: { anonymous: 'signin', studentA: 'signin', studentB: 'signin', teacherA: 'ok', teacherB: 'not-found' },
      hidden: { teacherB: [world.classA.joinCode, 'Class A'] },
    },
    {
      path: `/en/teacher/classes/${world.classA.classId}/analysis/no-such-quiz`,
      expected: {
        anonymous: 'signin',
        studentA: 'signin',
        studentB: 'signin',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
    },
  ],
  '[locale]/teacher/classes/[classId]/students/[learnerId]/page.tsx': () => [
    {
      path: `/en/teacher/classes/${world.classA.classId}/students/${world.studentAId}`,
      expected: { anonymous: 'signin', studentA: 'signin', studentB: 'signin', teacherA: 'ok', teacherB: 'not-found' },
      hidden: { teacherB: ['Student A'] },
    },
    {
      // Student A through teacher B's class: the student must belong to the class in the URL.
      path: `/en/teacher/classes/${world.classB.classId}/students/${world.studentAId}`,
      expected: {
        anonymous: 'signin',
        studentA: 'signin',
        studentB: 'signin',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
      hidden: { teacherB: ['Student A'] },
    },
  ],
};

/** Every route handler (CSV downloads), with what each actor must get: the file, the sign-in page or a 404. */
const ROUTES: Record<
  string,
  () => { path: string; expected: Record<Actor, 'file' | 'signin' | 'not-found'>; contains?: string }[]
> = {
  '[locale]/teacher/classes/[classId]/export/students/route.ts': () => [
    {
      path: `/en/teacher/classes/${world.classA.classId}/export/students`,
      expected: {
        anonymous: 'signin',
        studentA: 'signin',
        studentB: 'signin',
        teacherA: 'file',
        teacherB: 'not-found',
      },
      contains: 'Student A',
    },
    {
      path: '/en/teacher/classes/not-a-class/export/students',
      expected: {
        anonymous: 'signin',
        studentA: 'signin',
        studentB: 'signin',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
    },
  ],
  // The web app manifest: the same for everybody.
  '[locale]/manifest.webmanifest/route.ts': () => [
    {
      path: '/es/manifest.webmanifest',
      expected: { anonymous: 'file', studentA: 'file', studentB: 'file', teacherA: 'file', teacherB: 'file' },
      contains: '"start_url":"/es"',
    },
  ],
  // The liveness probe says nothing about anyone: the same answer for everybody.
  'api/health/route.ts': () => [
    {
      path: '/api/health',
      expected: { anonymous: 'file', studentA: 'file', studentB: 'file', teacherA: 'file', teacherB: 'file' },
      contains: '"status":"ok"',
    },
  ],
  '[locale]/teacher/classes/[classId]/export/answers/route.ts': () => [
    {
      path: `/en/teacher/classes/${world.classA.classId}/export/answers`,
      expected: {
        anonymous: 'signin',
        studentA: 'signin',
        studentB: 'signin',
        teacherA: 'file',
        teacherB: 'not-found',
      },
      contains: 'Student A',
    },
  ],
};

const pageFiles = () => appFiles('page.tsx');

test('every page is in the matrix, and each actor gets only what is theirs', async () => {
  // About 120 page loads; the five actors (separate browser contexts) load each path at the same time. A ceiling, not
  // a target: beside the other worker on a slow 2-core host this took just over 240 s once the notes page joined.
  test.setTimeout(480_000);
  expect(pageFiles().sort()).toEqual(Object.keys(PAGES).sort());
  for (const [file, cases] of Object.entries(PAGES)) {
    for (const { path: pathname, expected, hidden, notServed } of cases()) {
      const visits = await Promise.all(ACTORS.map(async (actor) => ({ actor, ...(await visit(actor, pathname)) })));
      for (const { actor, outcome, html, served } of visits) {
        expect(outcome, `${actor} → ${pathname} (${file})`).toBe(expected[actor]);
        for (const secret of [...(hidden?.[actor] ?? []), ...(notServed?.[actor] ?? [])])
          expect(served.includes(secret), `${actor} is sent ${secret} on ${pathname}`).toBe(false);
        for (const secret of hidden?.[actor] ?? [])
          expect(html.includes(secret), `${actor} sees ${secret} on ${pathname}`).toBe(false);
      }
    }
  }
});

/** Route handlers for the caller's own learner, each with a test of its own below. */
// The reading-progress endpoint acts on the caller's own learner only (server/learner/reading-endpoint.ts).
const POST_ROUTES = [
  'api/[locale]/answers/route.ts',
  'api/[locale]/reading-progress/route.ts',
  'api/[locale]/lessons/[slug]/state/route.ts',
  'api/[locale]/lessons/[slug]/quizzes/[quizId]/state/route.ts',
];

test('every route handler is in the matrix, and only the class’s teacher gets the file', async () => {
  expect(appFiles('route.ts').sort()).toEqual([...Object.keys(ROUTES), ...POST_ROUTES].sort());
  for (const [file, cases] of Object.entries(ROUTES)) {
    for (const { path: pathname, expected, contains } of cases()) {
      for (const actor of ACTORS) {
        const response = await world.contexts[actor].request.get(pathname, { maxRedirects: 0 });
        const body = await response.text();
        const outcome =
          response.status() === 404
            ? 'not-found'
            : response.status() === 303 && /\/teacher\/signin$/.test(response.headers().location ?? '')
              ? 'signin'
              : 'file';
        expect(outcome, `${actor} → ${pathname} (${file})`).toBe(expected[actor]);
        if (outcome === 'file') {
          expect(response.status()).toBe(200);
          if (contains) expect(body).toContain(contains);
        } else if (contains) {
          expect(body.includes(contains), `${actor} sees ${contains} in ${pathname}`).toBe(false);
        }
      }
    }
  }
});

/** What student A and teacher A can observe about their own data, to check that attacks changed nothing. */
async function snapshot() {
  const classPage = await world.contexts.teacherA.newPage();
  const response = await classPage.goto(world.classA.url);
  const classState = {
    classPage: response?.status(),
    className: await classPage.getByRole('heading', { level: 1 }).innerText(),
    joinCode: await classPage
      .getByRole('region', { name: en.ClassPage.joinCodeTitle })
      .locator('p')
      .first()
      .innerText(),
    archived: await classPage.getByText(en.ClassPage.archivedNotice).isVisible(),
    students: await classPage
      .getByRole('region', { name: en.ClassPage.rosterTitle })
      .getByRole('rowheader')
      .allInnerTexts(),
    attempts: await classPage
      .getByRole('region', { name: en.ClassPage.rosterTitle })
      .getByRole('cell')
      .nth(1)
      .innerText(),
    feedbackMode: await classPage.getByLabel(en.ClassSettings.feedbackMode).inputValue(),
  };
  // Student A's written answer as teacher A scored it: level 2, not returned.
  await classPage.goto(`${world.classA.url}/written/comprehension`);
  const written = {
    writtenStatus: await classPage.locator('section[data-status]').getAttribute('data-status'),
    writtenLevel: await classPage.locator('input[name="level"]:checked').getAttribute('value'),
    writtenComment: await classPage.getByLabel(en.WrittenScoring.comment).inputValue(),
  };
  await classPage.close();
  const lesson = await world.contexts.studentA.newPage();
  await lesson.goto(`/en/lessons/${LESSON_SLUG}`);
  // The prerendered reading page shows the learner's own state once it has loaded it: their name comes with it (the
  // class's name may have been changed by then).
  await expect(lesson.getByText(en.Join.signedInAs.split('{')[0]! + 'Student A (')).toBeVisible();
  const familiarity = await lesson.getByRole('radio', { name: en.Familiarity.levels.some }).isChecked();
  await lesson.goto(`/en/lessons/${LESSON_SLUG}/quiz/attribution?q=2`);
  const openAttempt = await lesson.locator('input[name="attemptId"]').first().inputValue();
  const answered = await lesson.getByRole('progressbar').getAttribute('aria-valuenow');
  await lesson.close();
  return { ...classState, ...written, familiarity, openAttempt, answered };
}

type Attack = { by: Actor[]; page: string | ((w: World) => string); args: (w: World) => ActionArgs };

/** Actions are posted to a page that uses them: for class actions, class A's own page. */
const classAPage = (w: World) => new URL(w.classA.url).pathname;
const classAForm =
  (extra: Record<string, string> = {}) =>
  (w: World): ActionArgs => ({ form: { classId: w.classA.classId, ...extra }, withPreviousState: true });
const notTeacherA: Actor[] = ['anonymous', 'studentA', 'studentB', 'teacherB'];
const notStudentA: Actor[] = ['anonymous', 'studentB', 'teacherA', 'teacherB'];
/** An attribution item student A has not answered yet, with its right option: a save the owner would have accepted. */
function unansweredItem(position: number) {
  const item = quizzes.attribution.items[position - 1]!;
  if (item.type !== 'single') throw new Error(`attribution item ${position} must be single-choice for the saves below`);
  return {
    itemId: item.id,
    itemType: item.type,
    position,
    optionId: item.options.find((option) => option.correct)!.id,
  };
}
// beforeAll answered the first item. Each save row has its own item, so the owner's replay of the one does not lock
// the item of the other.
const savedItem = unansweredItem(2);
const formItem = unansweredItem(3);
const answer = (w: World) => ({
  lessonSlug: LESSON_SLUG,
  quizId: 'attribution',
  attemptId: w.openAttemptA,
  itemId: savedItem.itemId,
  response: { optionId: savedItem.optionId },
  saveId: crypto.randomUUID(),
  seq: 99,
  check: true,
});

const NEW_PASSWORD = 'taken over by someone else';
const signOutEverywhereArgs: ActionArgs = { form: {}, withPreviousState: true };
const deleteAccountArgs: ActionArgs = { form: { password: TEACHER_PASSWORD, confirm: 'on' }, withPreviousState: true };

/**
 * Every Server Action: who must not be able to use it on someone else's data, and how they would try.
 * `public` actions act only on the caller's own session or need a code the caller knows.
 */
const ACTIONS: Record<string, Attack[] | 'public'> = {
  '[locale]/teacher/actions.ts#signUpAction': 'public',
  '[locale]/teacher/actions.ts#signInAction': 'public',
  '[locale]/teacher/actions.ts#signOutAction': 'public',
  '[locale]/teacher/actions.ts#changePasswordAction': [
    {
      by: ['anonymous', 'studentA', 'studentB'],
      page: '/en/teacher/account',
      args: () => ({ form: { current: TEACHER_PASSWORD, next: NEW_PASSWORD }, withPreviousState: true }),
    },
  ],
  // Both act on the caller's own account only: a visitor without a teacher session, sending what the owner sends, is refused.
  '[locale]/teacher/actions.ts#signOutEverywhereAction': [
    { by: ['anonymous', 'studentA', 'studentB'], page: '/en/teacher/account', args: () => signOutEverywhereArgs },
  ],
  '[locale]/teacher/actions.ts#deleteAccountAction': [
    { by: ['anonymous', 'studentA', 'studentB'], page: '/en/teacher/account', args: () => deleteAccountArgs },
  ],
  '[locale]/teacher/actions.ts#createClassAction': [
    {
      by: ['anonymous', 'studentA', 'studentB'],
      page: '/en/teacher',
      args: () => ({
        form: { name: 'Intruder class', feedbackMode: 'immediate', retakes: '-1', defaultLocale: 'en' },
        withPreviousState: true,
      }),
    },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#renameClassAction': [
    { by: notTeacherA, page: classAPage, args: classAForm({ name: 'Hacked' }) },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#updateSettingsAction': [
    {
      by: notTeacherA,
      page: classAPage,
      args: classAForm({ feedbackMode: 'deferred', retakes: '0', defaultLocale: 'es' }),
    },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#regenerateCodeAction': [
    { by: notTeacherA, page: classAPage, args: classAForm() },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#archiveClassAction': [
    { by: notTeacherA, page: classAPage, args: classAForm({ archived: 'true' }) },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#deleteClassAction': [
    { by: notTeacherA, page: classAPage, args: classAForm({ confirmation: 'Class A' }) },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#renameStudentAction': [
    {
      by: notTeacherA,
      page: classAPage,
      args: (w) => classAForm({ learnerId: w.studentAId, displayName: 'Hacked' })(w),
    },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#removeStudentAction': [
    { by: notTeacherA, page: classAPage, args: (w) => classAForm({ learnerId: w.studentAId })(w) },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#resetAttemptsAction': [
    { by: notTeacherA, page: classAPage, args: (w) => classAForm({ learnerId: w.studentAId })(w) },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#signOutStudentAction': [
    { by: notTeacherA, page: classAPage, args: (w) => classAForm({ learnerId: w.studentAId })(w) },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#newResumeCodeAction': [
    { by: notTeacherA, page: classAPage, args: (w) => classAForm({ learnerId: w.studentAId })(w) },
  ],
  '[locale]/teacher/classes/[classId]/written/actions.ts#scoreAnswerAction': [
    {
      by: notTeacherA,
      page: (w) => `${classAPage(w)}/written/comprehension`,
      args: (w) =>
        classAForm({
          quizId: 'comprehension',
          attemptId: w.submittedAttemptA,
          itemId: WRITTEN_ITEM_ID,
          level: '4',
          comment: 'Changed by someone else',
        })(w),
    },
  ],
  '[locale]/teacher/classes/[classId]/written/actions.ts#returnScoresAction': [
    {
      by: notTeacherA,
      page: (w) => `${classAPage(w)}/written/comprehension`,
      args: classAForm({ quizId: 'comprehension' }),
    },
  ],
  '[locale]/join/actions.ts#joinAction': 'public',
  '[locale]/join/actions.ts#resumeAction': 'public',
  '[locale]/join/actions.ts#studentSignOutAction': 'public',
  '[locale]/lessons/[slug]/actions.ts#saveFamiliarityAction': 'public',
  '[locale]/lessons/[slug]/actions.ts#saveReadingPreferenceAction': 'public',
  '[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#answerItemFormAction': [
    {
      by: notStudentA,
      page: `/en/lessons/${LESSON_SLUG}/quiz/attribution`,
      args: (w) => ({
        form: {
          lessonSlug: LESSON_SLUG,
          quizId: 'attribution',
          attemptId: w.openAttemptA,
          itemId: formItem.itemId,
          itemType: formItem.itemType,
          position: String(formItem.position),
          // The chosen radio, as the item's form posts it without JavaScript.
          optionId: formItem.optionId,
        },
        withPreviousState: false,
      }),
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#submitAttemptAction': [
    {
      by: notStudentA,
      page: `/en/lessons/${LESSON_SLUG}/quiz/attribution`,
      args: (w) => ({ json: [{ lessonSlug: LESSON_SLUG, quizId: 'attribution', attemptId: w.openAttemptA }] }),
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#submitAttemptFormAction': [
    {
      by: notStudentA,
      page: `/en/lessons/${LESSON_SLUG}/quiz/attribution`,
      args: (w) => ({
        form: { lessonSlug: LESSON_SLUG, quizId: 'attribution', attemptId: w.openAttemptA },
        withPreviousState: false,
      }),
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#retakeFormAction': 'public',
};

test('every Server Action is in the matrix, and no cross-tenant call changes anything', async () => {
  test.setTimeout(180_000);
  const actions = serverActions();
  expect(actions.map((action) => action.key).sort()).toEqual(Object.keys(ACTIONS).sort());
  const before = await snapshot();
  expect(before).toMatchObject({
    classPage: 200,
    className: 'Class A',
    joinCode: world.classA.joinCode,
    archived: false,
    students: ['Student A'],
    attempts: '2',
    feedbackMode: 'immediate',
    familiarity: true,
    openAttempt: world.openAttemptA,
    answered: '1',
    writtenStatus: 'scored',
    writtenLevel: '2',
    writtenComment: '',
  });

  for (const action of actions) {
    const attacks = ACTIONS[action.key];
    if (attacks === 'public' || !attacks) continue;
    for (const attack of attacks) {
      for (const actor of attack.by) {
        const page = typeof attack.page === 'function' ? attack.page(world) : attack.page;
        const response = await callAction(world.contexts[actor].request, baseURL, page, action.id, attack.args(world));
        expect(response.status(), `${actor} calling ${action.key}`).toBeLessThan(500);
      }
    }
  }
  expect(await snapshot(), 'student A and teacher A see exactly what they saw before').toEqual(before);
  // And teacher A's password still works.
  const check = await world.contexts.anonymous.browser()!.newContext({ baseURL });
  const page = await check.newPage();
  await page.goto('/en/teacher/signin');
  await page.getByLabel(en.TeacherAuth.email).fill(world.teacherAEmail);
  await page.getByLabel(en.TeacherAuth.password).fill(TEACHER_PASSWORD);
  await page.getByRole('button', { name: en.TeacherAuth.signIn }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.TeacherHome.title })).toBeVisible({ timeout: 30_000 });
  await check.close();
});

test('the same calls by the owner do change things (so the attacks above were real requests)', async () => {
  const action = serverActions().find((candidate) => candidate.key.endsWith('#renameClassAction'))!;
  // From another site, even the owner's own browser is refused.
  const forged = await world.contexts.teacherA.request.post(`${baseURL}${classAPage(world)}`, {
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', Origin: 'https://attacker.example' },
    multipart: { _1_classId: world.classA.classId, _1_name: 'Forged', 0: '[{"status":"idle"},"$K1"]' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  const response = await callAction(
    world.contexts.teacherA.request,
    baseURL,
    classAPage(world),
    action.id,
    classAForm({ name: 'Class A renamed' })(world),
  );
  expect(response.status()).toBeLessThan(400);
  const page = await world.contexts.teacherA.newPage();
  await page.goto(world.classA.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class A renamed');
});

test('a quiz page’s attempt is the caller’s own: only student A gets student A’s', async () => {
  for (const actor of ACTORS) {
    const response = await world.contexts[actor].request.get(
      `/api/en/lessons/${LESSON_SLUG}/quizzes/attribution/state`,
    );
    expect(response.status(), actor).toBe(200);
    const text = await response.text();
    const state = JSON.parse(text) as { status: string; attemptId: string | null };
    expect(state.status, actor).toBe('open');
    if (actor === 'studentA') expect(state.attemptId).toBe(world.openAttemptA);
    else expect(text.includes(world.openAttemptA), `${actor} is sent student A’s attempt`).toBe(false);
  }
});

test('the reading page’s learner state is the caller’s own: only student A gets student A’s', async () => {
  for (const actor of ACTORS) {
    const response = await world.contexts[actor].request.get(`/api/en/lessons/${LESSON_SLUG}/state`);
    expect(response.status(), actor).toBe(200);
    const state = (await response.json()) as { student: { displayName: string } | null; familiarity: string | null };
    if (actor === 'studentA')
      expect(state).toMatchObject({ student: { displayName: 'Student A' }, familiarity: 'some' });
    else expect(state, actor).toMatchObject({ student: actor === 'studentB' ? { displayName: 'Student B' } : null });
    if (actor !== 'studentA') expect(state.familiarity, actor).toBeNull();
  }
});

test('the answers endpoint refuses a save into student A’s attempt from anyone else; the same save by A is stored', async () => {
  const before = await snapshot();
  const save = answer(world);
  const post = (actor: Actor) =>
    world.contexts[actor].request.post(`${baseURL}/api/en/answers`, {
      headers: { Origin: baseURL, Connection: 'close' },
      data: save,
    });
  for (const actor of notStudentA) {
    const response = await post(actor);
    expect(response.status(), `${actor} saving into student A's attempt`).toBe(404);
    expect(await response.json()).toMatchObject({ status: 'error', code: 'not-found' });
  }
  expect(await snapshot(), 'student A and teacher A see exactly what they saw before').toEqual(before);
  // The very same request, from student A: the endpoint stores it, so only ownership refused the others.
  const owned = await post('studentA');
  expect(owned.status()).toBe(200);
  expect(await owned.json()).toMatchObject({ status: 'ok', attemptId: world.openAttemptA, checked: true });
  const page = await world.contexts.studentA.newPage();
  await page.goto(`/en/lessons/${LESSON_SLUG}/quiz/attribution?q=${savedItem.position}`);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByText(en.Quiz.feedback.correct, { exact: true })).toBeVisible();
  await page.close();
});

test('every row above, sent by its owner, is accepted and has its effect: only ownership refused the attackers', async ({
  browser,
}) => {
  // A ceiling: some 20 calls, twice as many page loads and five password hashes took 70-135 s on a busy 2-core host.
  test.setTimeout(240_000);
  const actions = serverActions();
  const { studentA, teacherA } = world.contexts;
  const owned = Object.keys(ACTIONS).filter((key) => ACTIONS[key] !== 'public');
  /**
   * The row's own request, sent by `owner`. `w` points it at another object of the same owner where an earlier proof
   * used the first one up. A fresh connection each time: a request context's keep-alive socket, idle while the pages
   * below load, may be closed by the server just as it is reused.
   */
  const replay = async (key: string, owner: BrowserContext, w: World) => {
    let body = '';
    for (const attack of ACTIONS[key] as Attack[]) {
      const page = typeof attack.page === 'function' ? attack.page(w) : attack.page;
      const response = await callAction(
        owner.request,
        baseURL,
        page,
        actions.find((action) => action.key === key)!.id,
        attack.args(w),
        { Connection: 'close' },
      );
      expect(response.status(), `${key} sent by its owner`).toBeLessThan(400);
      body = await response.text();
    }
    return body;
  };
  const classPage = async () => {
    const page = await teacherA.newPage();
    await page.goto(world.classA.url);
    return page;
  };
  const roster = (page: Page) => page.getByRole('region', { name: en.ClassPage.rosterTitle });
  /** An attribute on teacher A's page for scoring student A's written answer. */
  const scoringPage = async (selector: string, attribute: string) => {
    const page = await teacherA.newPage();
    await page.goto(`${world.classA.url}/written/comprehension`);
    const value = await page.locator(selector).getAttribute(attribute);
    await page.close();
    return value;
  };
  const answered = async (position: number, count: string) => {
    const page = await studentA.newPage();
    await page.goto(`/en/lessons/${LESSON_SLUG}/quiz/attribution?q=${position}`);
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', count);
    await expect(page.getByText(en.Quiz.feedback.correct, { exact: true })).toBeVisible();
    await page.close();
  };
  const results = (attemptId: string) => `/en/lessons/${LESSON_SLUG}/quiz/attribution/results?attempt=${attemptId}`;
  const studentASignedIn = async () => {
    const page = await studentA.newPage();
    await page.goto('/en/join');
    const badges = await page.getByText(en.Join.signedInAs.split('{')[0]!).count();
    await page.close();
    return badges > 0;
  };
  const teacherSignIn = async (page: Page, email: string, password: string) => {
    await page.goto('/en/teacher/signin');
    await page.getByLabel(en.TeacherAuth.email).fill(email);
    await page.getByLabel(en.TeacherAuth.password).fill(password);
    await page.getByRole('button', { name: en.TeacherAuth.signIn }).click();
  };
  const teacherSignedIn = async (page: Page) => {
    await page.goto('/en/teacher/account');
    return !new URL(page.url()).pathname.endsWith('/teacher/signin');
  };
  let account: { context: BrowserContext; page: Page; email: string } | undefined;

  // In order: student A's rows while their attempt is open, then teacher A's, what destroys class A last; the account
  // rows on an account of their own.
  const proofs: Record<string, (send: (owner: BrowserContext, w?: World) => Promise<string>) => Promise<void>> = {
    // The answers endpoint's test above saved student A's second answer.
    answerItemFormAction: async (send) => {
      await send(studentA);
      await answered(formItem.position, '3');
    },
    submitAttemptAction: async (send) => {
      expect((await visit('studentA', results(world.openAttemptA))).outcome).toBe('not-found');
      await send(studentA);
      expect((await visit('studentA', results(world.openAttemptA))).outcome).toBe('ok');
    },
    submitAttemptFormAction: async (send) => {
      // The attempt above is submitted now; the same request for student A's next one.
      const page = await studentA.newPage();
      await page.goto(`/en/lessons/${LESSON_SLUG}/quiz/attribution/results`);
      await page.getByRole('button', { name: en.QuizResults.retake }).click();
      await expect(page).toHaveURL(/\/quiz\/attribution$/);
      const retake = await page.locator('input[name="attemptId"]').first().inputValue();
      await page.close();
      expect(retake).not.toBe(world.openAttemptA);
      expect((await visit('studentA', results(retake))).outcome).toBe('not-found');
      await send(studentA, { ...world, openAttemptA: retake });
      expect((await visit('studentA', results(retake))).outcome).toBe('ok');
    },
    createClassAction: async (send) => {
      await send(teacherA);
      const page = await teacherA.newPage();
      await page.goto('/en/teacher');
      await expect(page.getByRole('link', { name: 'Intruder class' })).toBeVisible();
      await page.close();
    },
    changePasswordAction: async (send) => {
      await send(teacherA);
      const check = await browser.newContext({ baseURL });
      await teacherSignIn(await check.newPage(), world.teacherAEmail, NEW_PASSWORD);
      await expect(check.pages()[0]!.getByRole('heading', { level: 1, name: en.TeacherHome.title })).toBeVisible({
        timeout: 30_000,
      });
      await check.close();
    },
    renameClassAction: async (send) => {
      await send(teacherA);
      const page = await classPage();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hacked');
      await page.close();
    },
    updateSettingsAction: async (send) => {
      await send(teacherA);
      const page = await classPage();
      await expect(page.getByLabel(en.ClassSettings.feedbackMode)).toHaveValue('deferred');
      await expect(page.getByLabel(en.ClassSettings.retakes)).toHaveValue('0');
      await expect(page.getByLabel(en.ClassSettings.defaultLocale)).toHaveValue('es');
      await page.close();
    },
    renameStudentAction: async (send) => {
      await send(teacherA);
      const page = await classPage();
      await expect(roster(page).getByRole('rowheader')).toHaveText(['Hacked']);
      await page.close();
    },
    newResumeCodeAction: async (send) => {
      expect(await studentASignedIn()).toBe(true);
      const code = /"code":"([A-HJKMNP-Z2-9]{8})"/.exec(await send(teacherA))?.[1];
      expect(code, 'the owner gets the new code').toBeDefined();
      expect(await studentASignedIn()).toBe(false);
      // The new code lets student A back in, for the next proof.
      const page = await studentA.newPage();
      await page.goto('/en/join/resume');
      await page.getByLabel(en.Resume.code).fill(world.classA.joinCode);
      await page.getByLabel(en.Resume.resumeCode).fill(code!);
      await page.getByRole('button', { name: en.Resume.submit }).click();
      await expect(page).toHaveURL(/\/en$/);
      await page.close();
    },
    signOutStudentAction: async (send) => {
      expect(await studentASignedIn()).toBe(true);
      await send(teacherA);
      expect(await studentASignedIn()).toBe(false);
    },
    scoreAnswerAction: async (send) => {
      const level = () => scoringPage('input[name="level"]:checked', 'value');
      expect(await level()).toBe('2');
      await send(teacherA);
      expect(await level()).toBe('4');
    },
    returnScoresAction: async (send) => {
      const status = () => scoringPage('section[data-status]', 'data-status');
      expect(await status()).toBe('scored');
      await send(teacherA);
      expect(await status()).toBe('returned');
    },
    resetAttemptsAction: async (send) => {
      const attempts = async () => {
        const page = await classPage();
        const count = await roster(page).getByRole('cell').nth(1).innerText();
        await page.close();
        return count;
      };
      expect(await attempts()).toBe('3');
      await send(teacherA);
      expect(await attempts()).toBe('0');
    },
    regenerateCodeAction: async (send) => {
      await send(teacherA);
      const page = await classPage();
      await expect(page.getByRole('region', { name: en.ClassPage.joinCodeTitle }).locator('p').first()).not.toHaveText(
        world.classA.joinCode,
      );
      await page.close();
    },
    archiveClassAction: async (send) => {
      await send(teacherA);
      const page = await classPage();
      await expect(page.getByText(en.ClassPage.archivedNotice)).toBeVisible();
      await page.close();
    },
    removeStudentAction: async (send) => {
      await send(teacherA);
      const page = await classPage();
      await expect(roster(page).getByRole('rowheader')).toHaveCount(0);
      await page.close();
    },
    deleteClassAction: async (send) => {
      // The row confirms with the name class A was created with; the proofs above renamed it.
      const rename = actions.find((action) => action.key.endsWith('#renameClassAction'))!.id;
      const renamed = await callAction(
        teacherA.request,
        baseURL,
        classAPage(world),
        rename,
        classAForm({ name: 'Class A' })(world),
        { Connection: 'close' },
      );
      expect(renamed.status()).toBeLessThan(400);
      await send(teacherA);
      expect((await visit('teacherA', classAPage(world))).outcome).toBe('not-found');
    },
    signOutEverywhereAction: async (send) => {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      account = { context, page, email: await signUpTeacher(page, 'en', en) };
      await send(context);
      expect(await teacherSignedIn(page)).toBe(false);
    },
    deleteAccountAction: async (send) => {
      const { context, page, email } = account!;
      await teacherSignIn(page, email, TEACHER_PASSWORD);
      await expect(page.getByRole('heading', { level: 1, name: en.TeacherHome.title })).toBeVisible({
        timeout: 30_000,
      });
      await send(context);
      expect(await teacherSignedIn(page)).toBe(false);
      await teacherSignIn(page, email, TEACHER_PASSWORD);
      await expect(page.getByText(en.TeacherAuth.errors.invalid)).toBeVisible({ timeout: 30_000 });
      await context.close();
    },
  };

  expect(Object.keys(proofs).sort(), 'every row has its owner’s proof').toEqual(
    owned.map((key) => key.split('#')[1]).sort(),
  );
  for (const [name, prove] of Object.entries(proofs)) {
    const key = owned.find((candidate) => candidate.endsWith(`#${name}`))!;
    await test.step(name, () => prove((owner, w = world) => replay(key, owner, w)));
  }
});
