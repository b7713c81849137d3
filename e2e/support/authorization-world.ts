import { expect, test, type Browser, type BrowserContext } from './test';
import en from '../../messages/en.json';
import { answerWithMouse } from './answer-quiz';
import { answerCheckpoint, checkpointAnswer, partHeadings, sections } from './guided';
import { openFold } from './lesson-folds';
import { LESSON_SLUG } from './locales';
import { quizzes } from './quiz-content';
import { seedAssignment, seedClass, seedFamilyLink, seedStudent, seedTeacher, type SeededClass } from './seed';
import type { ActionArgs } from './server-actions';
import { TEACHER_PASSWORD } from './teacher';

// Who may read and write what: five actors against every page, route handler and Server Action of the build
// (e2e/authorization-*.spec.ts). Each spec file seeds a world of its own, so the files run in parallel.

export type Actor = 'anonymous' | 'studentA' | 'studentB' | 'teacherA' | 'teacherB';
export const ACTORS: Actor[] = ['anonymous', 'studentA', 'studentB', 'teacherA', 'teacherB'];

export type World = {
  contexts: Record<Actor, BrowserContext>;
  classA: SeededClass;
  classB: SeededClass;
  teacherAEmail: string;
  studentAId: string;
  /** Student A's personal code, which only student A and teacher A may see. */
  resumeCodeA: string;
  /** A second row of class A (the same student joined twice), for merging into student A. */
  studentA2Id: string;
  submittedAttemptA: string;
  openAttemptA: string;
  /** Student A's checkpoint attempt of guided reading, with the first checkpoint of section 1 answered. */
  checkpointAttemptA: string;
  /** Teacher A's second class, with no students, whose lesson is teacher-paced (only part 1 open). */
  pacedClassA: SeededClass;
  /** When class A's assignment is due (ISO), which only student A's home page may carry. */
  assignmentDueA: string;
  /** Teacher A's family link to student A's report: its id, and the token its address carries. */
  familyLinkIdA: string;
  familyTokenA: string;
};

export type Outcome = 'ok' | 'signin' | 'not-found' | 'quiz';

export const WRITTEN_POSITION = quizzes.comprehension.items.findIndex((item) => item.type === 'written') + 1;
export const WRITTEN_ITEM_ID = quizzes.comprehension.items[WRITTEN_POSITION - 1]!.id;
export const WRITTEN_TEXT = 'Student A writes that separation violates a child’s rights.';
/** Student A's revision of it, and the page that sends it (the address names the answer). */
export const REVISED_TEXT = 'Student A revises: the U.N. office says separation violates a child’s rights.';
const REVISION_SAVE_ID = '4b0d8f1e-5c7a-4e8b-9f3d-2a6c1e7b9d05';
export const revisePage = (w: World) =>
  `/en/lessons/${LESSON_SLUG}/quiz/comprehension/revise/${WRITTEN_ITEM_ID}?attempt=${w.submittedAttemptA}`;

/**
 * Seeds the five actors' world: teacher A's class with student A (a submitted comprehension attempt with a written
 * answer scored 2 and not returned, an open attribution attempt with one answer, a familiarity answer) and teacher B's
 * class with student B. Student A's work goes through the pages, as a student does it.
 */
export async function buildWorld(browser: Browser, baseURL: string): Promise<World> {
  const contexts = Object.fromEntries(
    await Promise.all(ACTORS.map(async (actor) => [actor, await browser.newContext({ baseURL })])),
  ) as World['contexts'];
  const teacherA = await seedTeacher(contexts.teacherA, baseURL);
  const classA = await seedClass(teacherA, 'Class A', 'en');
  const teacherB = await seedTeacher(contexts.teacherB, baseURL);
  const classB = await seedClass(teacherB, 'Class B', 'en');
  const { learnerId: studentAId, resumeCode: resumeCodeA } = await seedStudent(
    contexts.studentA,
    baseURL,
    classA,
    'Student A',
  );
  // Signed in on a browser nobody uses again, so that it is no actor.
  const spare = await browser.newContext({ baseURL });
  const { learnerId: studentA2Id } = await seedStudent(spare, baseURL, classA, 'Student A2');
  await spare.close();
  await seedStudent(contexts.studentB, baseURL, classB, 'Student B');
  const { linkId: familyLinkIdA, token: familyTokenA } = await seedFamilyLink(classA, { learnerId: studentAId });
  // Class A's lesson is assigned (open, due in a month, never closing), so that an extension is a request its owner
  // would have had accepted.
  const day = 24 * 60 * 60 * 1000;
  const assignmentDueA = new Date(Date.now() + 30 * day).toISOString();
  await seedAssignment(classA, {
    opensAt: new Date(Date.now() - 2 * day),
    dueAt: new Date(assignmentDueA),
    closesAt: null,
  });
  const pacedClassA = await seedClass(teacherA, 'Paced class A', 'en');
  await seedAssignment(pacedClassA, {
    opensAt: new Date(Date.now() - 2 * day),
    dueAt: new Date(Date.now() + 30 * day),
    closesAt: null,
    pacing: 'teacher',
  });

  const studentA = await contexts.studentA.newPage();
  await studentA.goto(`/en/lessons/${LESSON_SLUG}`);
  await openFold(studentA, en.LessonPage.beforeYouRead);
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
  // A written answer too, for the teacher's scoring page and actions.
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
  await studentA.goto(`/en/lessons/${LESSON_SLUG}/guided`);
  await answerCheckpoint(studentA, FIRST_CHECKPOINT, 'en', en);
  const checkpointAttemptA = await studentA.locator('input[name="attemptId"]').first().inputValue();
  await studentA.close();

  // Teacher A scores it (level 2) without returning it: an attacker who could score or return would change that.
  const scoring = await contexts.teacherA.newPage();
  await scoring.goto(`${classA.url}/written/comprehension`);
  await scoring.getByRole('radio', { name: /^2\. / }).check();
  await expect(
    scoring.getByText(en.WrittenScoring.saved.replace('{level}', '2').replace('{name}', 'Student A')),
  ).toBeVisible();
  await scoring.close();
  return {
    contexts,
    classA,
    classB,
    teacherAEmail: teacherA.email,
    studentAId,
    resumeCodeA,
    studentA2Id,
    submittedAttemptA,
    openAttemptA,
    checkpointAttemptA,
    pacedClassA,
    assignmentDueA,
    familyLinkIdA,
    familyTokenA,
  };
}

/** The part teacher A's paced class has open, as the pace page marks it ("Part 1"). */
export async function openedPart(world: World): Promise<string> {
  const page = await world.contexts.teacherA.newPage();
  await page.goto(`${world.pacedClassA.url}/pace`);
  const current = await page.locator('tr[aria-current="step"] th').innerText();
  await page.close();
  return current;
}

/** Guided reading's section 1: student A answered its first checkpoint; the second is the one attacks try to answer. */
const [FIRST_CHECKPOINT, SECOND_CHECKPOINT] = sections[0]!.checkpoints as [string, string];

/**
 * Gives the calling spec file a world of its own, built before its tests (then handed to `use`, with the base URL)
 * and closed after them. The file's tests run in order on one worker: each may build on what the last one did.
 */
export function useWorld(use: (world: World, baseURL: string) => Promise<void> | void) {
  let world: World | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }, info) => {
    test.setTimeout(120_000);
    world = await buildWorld(browser, info.project.use.baseURL!);
    await use(world, info.project.use.baseURL!);
  });
  test.afterAll(async () => {
    await Promise.all(Object.values(world?.contexts ?? {}).map((context) => context.close()));
  });
}

/** Where a GET ends for an actor: the page itself, the sign-in page, a 404, or (results) back to the quiz. */
export async function visit(
  world: World,
  actor: Actor,
  pathname: string,
): Promise<{ outcome: Outcome; html: string; served: string }> {
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

export const everyone = (outcome: Outcome) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<Actor, Outcome>;
/** What visitors and students get (the sign-in page), and what teacher A and teacher B get. */
export function forTeachers<T extends string>(teacherA: T, teacherB: T): Record<Actor, T | 'signin'> {
  return { anonymous: 'signin', studentA: 'signin', studentB: 'signin', teacherA, teacherB };
}
export const teachersOnly = forTeachers<Outcome>('ok', 'ok');

/** What student A and teacher A can observe about their own data, to check that attacks changed nothing. */
export async function snapshot(world: World) {
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
    assignmentDue: await classPage
      .getByRole('region', { name: en.Assignment.title })
      .getByLabel(en.Assignment.dueAt)
      .inputValue(),
    // Which quizzes count (ticked), and each quiz's lock as the teacher's page says it ("…: open").
    counted: await Promise.all(
      (await classPage.getByRole('group', { name: en.Assignment.counted }).getByRole('checkbox').all()).map((box) =>
        box.isChecked(),
      ),
    ),
    quizLocks: await classPage
      .getByRole('region', { name: en.Assignment.locksTitle })
      .getByRole('listitem')
      .allInnerTexts(),
  };
  await classPage.goto(`${world.classA.url}/students/${world.studentAId}`);
  const extension = await classPage.getByLabel(en.Assignment.extendUntil).inputValue();
  await classPage.goto(`${world.classA.url}/live`);
  const stuckAfter = await classPage.getByLabel(en.LiveView.stuckAfter.label).inputValue();
  // Student A's written answer as teacher A scored it: level 2, not returned.
  await classPage.goto(`${world.classA.url}/written/comprehension`);
  const written = {
    writtenStatus: await classPage.locator('section[data-status]').getAttribute('data-status'),
    writtenLevel: await classPage.locator('input[name="level"]:checked').getAttribute('value'),
    writtenComment: await classPage.getByLabel(en.WrittenScoring.comment.replace('{name}', 'Student A')).inputValue(),
  };
  await classPage.close();
  const lesson = await world.contexts.studentA.newPage();
  await lesson.goto(`/en/lessons/${LESSON_SLUG}`);
  // The prerendered reading page shows the learner's own state once it has loaded it: their name comes with it (the
  // class's name may have been changed by then).
  await expect(lesson.getByText(en.Join.signedInAs.split('{')[0]! + 'Student A (')).toBeVisible();
  const familiarity = await lesson
    .getByRole('radio', { name: en.Familiarity.levels.some, includeHidden: true })
    .isChecked();
  await lesson.goto(`/en/lessons/${LESSON_SLUG}/quiz/attribution?q=2`);
  const openAttempt = await lesson.locator('input[name="attemptId"]').first().inputValue();
  const answered = await lesson.getByRole('progressbar').getAttribute('aria-valuenow');
  // Guided reading: the sections student A sees and the checkpoints they answered.
  await lesson.goto(`/en/lessons/${LESSON_SLUG}/guided`);
  const guidedParts = await partHeadings(lesson).count();
  // The locked outer fieldset of each answered checkpoint's form (the item's own group sits inside it).
  const checkpointsAnswered = await lesson.locator('form > fieldset[disabled]').count();
  await lesson.close();
  return {
    ...classState,
    extension,
    stuckAfter,
    ...written,
    familiarity,
    openAttempt,
    answered,
    guidedParts,
    checkpointsAnswered,
  };
}

export type Attack = { by: Actor[]; page: string | ((w: World) => string); args: (w: World) => ActionArgs };

/** Actions are posted to a page that uses them: for class actions, class A's own page (on its lesson). */
export const classAPage = (w: World) => w.classA.url;
/** A PNP file (lib/supports/pnp.ts) that turns answer masking on and leaves everything else at its default. */
export const ANSWER_MASKING_PNP = `<access-for-all-pnp xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imsafa3p0pnp_v1p0"><activate-at-initialization-set><answer-masking/></activate-at-initialization-set></access-for-all-pnp>`;
export const classAForm =
  (extra: Record<string, string> = {}) =>
  (w: World): ActionArgs => ({ form: { classId: w.classA.classId, ...extra }, withPreviousState: true });
/** Student A's printable report, where teacher A makes and revokes family links. */
export const reportAPage = (w: World) => `${w.classA.url}/students/${w.studentAId}/report`;
/** How many of student A's family links work, as teacher A's report page lists them. */
export async function familyLinkCount(world: World): Promise<number> {
  const page = await world.contexts.teacherA.newPage();
  await page.goto(reportAPage(world));
  const count = await page.getByRole('button', { name: en.FamilyLinks.revoke }).count();
  await page.close();
  return count;
}
export const notTeacherA: Actor[] = ['anonymous', 'studentA', 'studentB', 'teacherB'];
export const notStudentA: Actor[] = ['anonymous', 'studentB', 'teacherA', 'teacherB'];
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
// buildWorld answered the first item. Each save row has its own item (the next two single-choice items), so the
// owner's replay of the one does not lock the item of the other.
const [savedPosition, formPosition] = quizzes.attribution.items.flatMap((item, index) =>
  index > 0 && item.type === 'single' ? [index + 1] : [],
);
export const savedItem = unansweredItem(savedPosition!);
export const formItem = unansweredItem(formPosition!);
export const answer = (w: World) => ({
  lessonSlug: LESSON_SLUG,
  quizId: 'attribution',
  attemptId: w.openAttemptA,
  itemId: savedItem.itemId,
  response: { optionId: savedItem.optionId },
  saveId: crypto.randomUUID(),
  seq: 99,
  check: true,
});

export const NEW_PASSWORD = 'taken over by someone else';
const signOutEverywhereArgs: ActionArgs = { form: {}, withPreviousState: true };
const deleteAccountArgs: ActionArgs = { form: { password: TEACHER_PASSWORD, confirm: 'on' }, withPreviousState: true };

/**
 * Every Server Action: who must not be able to use it on someone else's data, and how they would try.
 * `public` actions act only on the caller's own session or need a code the caller knows.
 */
export const ACTIONS: Record<string, Attack[] | 'public'> = {
  '[locale]/teacher/actions.ts#signUpAction': 'public',
  '[locale]/teacher/actions.ts#signInAction': 'public',
  '[locale]/teacher/actions.ts#signOutAction': 'public',
  // The browser tests' page that fails on purpose (app/[locale]/test-only/error): it changes nothing of anyone's.
  '[locale]/test-only/error/actions.ts#crashAction': 'public',
  // Anyone may ask for a link (mailed only to the account's own address) and use one they were sent.
  '[locale]/teacher/actions.ts#forgotPasswordAction': 'public',
  '[locale]/teacher/actions.ts#resetPasswordAction': 'public',
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
  '[locale]/teacher/classes/[classId]/actions.ts#pasteRosterAction': [
    { by: notTeacherA, page: classAPage, args: classAForm({ names: 'Intruder One\nIntruder Two' }) },
  ],
  '[locale]/teacher/classes/[classId]/supports/actions.ts#editSupportsAction': [
    {
      by: notTeacherA,
      page: (w) => `/en/teacher/classes/${w.classA.classId}/supports`,
      args: (w) => classAForm({ students: w.studentAId, 'lineFocus.policy': 'on' })(w),
    },
  ],
  '[locale]/teacher/classes/[classId]/supports/actions.ts#importSupportsAction': [
    {
      by: notTeacherA,
      page: (w) => `/en/teacher/classes/${w.classA.classId}/supports`,
      args: (w) => classAForm({ learnerId: w.studentAId, pnp: ANSWER_MASKING_PNP })(w),
    },
  ],
  '[locale]/teacher/classes/[classId]/actions.ts#mergeStudentsAction': [
    {
      by: notTeacherA,
      page: classAPage,
      args: (w) => classAForm({ keepId: w.studentAId, mergeId: w.studentA2Id })(w),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/written/actions.ts#scoreAnswerAction': [
    {
      by: notTeacherA,
      page: (w) => `${classAPage(w)}/written/comprehension`,
      args: (w) =>
        classAForm({
          lessonSlug: LESSON_SLUG,
          quizId: 'comprehension',
          attemptId: w.submittedAttemptA,
          itemId: WRITTEN_ITEM_ID,
          level: '4',
          comment: 'Changed by someone else',
        })(w),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/written/actions.ts#returnScoresAction': [
    {
      by: notTeacherA,
      page: (w) => `${classAPage(w)}/written/comprehension`,
      args: classAForm({ lessonSlug: LESSON_SLUG, quizId: 'comprehension' }),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/actions.ts#setAssignmentAction': [
    {
      by: notTeacherA,
      page: classAPage,
      // The owner's request would move the dates and make the attribution quiz practice (only comprehension counts).
      args: classAForm({
        lessonSlug: LESSON_SLUG,
        opensAt: '2030-01-01T09:00',
        dueAt: '2030-01-02T09:00',
        counted: 'comprehension',
      }),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/actions.ts#setQuizLockAction': [
    {
      by: notTeacherA,
      page: classAPage,
      args: classAForm({ lessonSlug: LESSON_SLUG, quizId: 'comprehension', locked: 'true' }),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/actions.ts#extendAssignmentAction': [
    {
      by: notTeacherA,
      page: (w) => `${classAPage(w)}/students/${w.studentAId}`,
      args: (w) => classAForm({ lessonSlug: LESSON_SLUG, learnerId: w.studentAId, closesAt: '2030-01-05T09:00' })(w),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/pace/actions.ts#openSectionAction': [
    {
      by: notTeacherA,
      page: (w) => `${w.pacedClassA.url}/pace`,
      args: (w) => ({
        form: { classId: w.pacedClassA.classId, lessonSlug: LESSON_SLUG, section: '1' },
        withPreviousState: false,
      }),
    },
  ],
  // A postAction form (no previous state): posted to student A's report page, as teacher A's browser posts it.
  '[locale]/teacher/classes/[classId]/lessons/[slug]/students/[learnerId]/report/actions.ts#createFamilyLinkAction': [
    {
      by: notTeacherA,
      page: reportAPage,
      args: (w) => ({
        form: { classId: w.classA.classId, lessonSlug: LESSON_SLUG, learnerId: w.studentAId, days: '30' },
        withPreviousState: false,
      }),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/students/[learnerId]/report/actions.ts#revokeFamilyLinkAction': [
    {
      by: notTeacherA,
      page: reportAPage,
      args: (w) => ({
        form: { classId: w.classA.classId, lessonSlug: LESSON_SLUG, learnerId: w.studentAId, linkId: w.familyLinkIdA },
        withPreviousState: false,
      }),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/live/actions.ts#setStuckAfterAction': [
    {
      by: notTeacherA,
      page: (w) => `${classAPage(w)}/live`,
      args: (w) => ({
        form: { classId: w.classA.classId, lessonSlug: LESSON_SLUG, stuckAfterMinutes: '15' },
        withPreviousState: false,
      }),
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
  // The caller's own choices among what their own profile offers: it names no one else.
  '[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#chooseToolsAction': 'public',
  // Student A's checkpoint attempt, answered with the right option of the next checkpoint: what student A's form posts.
  '[locale]/lessons/[slug]/guided/actions.ts#answerCheckpointFormAction': [
    {
      by: notStudentA,
      page: `/en/lessons/${LESSON_SLUG}/guided`,
      args: (w) => ({
        form: {
          lessonSlug: LESSON_SLUG,
          attemptId: w.checkpointAttemptA,
          itemId: SECOND_CHECKPOINT,
          ...checkpointAnswer(SECOND_CHECKPOINT),
        },
        withPreviousState: false,
      }),
    },
  ],
  // Student A's written answer, once teacher A asks for a revision (authorization-owners.spec.ts does, first).
  '[locale]/lessons/[slug]/quiz/[quizId]/actions.ts#reviseAnswerFormAction': [
    {
      by: notStudentA,
      page: (w) => revisePage(w),
      args: (w) => ({
        form: {
          lessonSlug: LESSON_SLUG,
          quizId: 'comprehension',
          attemptId: w.submittedAttemptA,
          itemId: WRITTEN_ITEM_ID,
          saveId: REVISION_SAVE_ID,
          intent: 'resubmit',
          text: REVISED_TEXT,
          language: 'en',
        },
        withPreviousState: false,
      }),
    },
  ],
};
