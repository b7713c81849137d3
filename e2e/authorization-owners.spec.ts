import { expect, test, type BrowserContext, type Page } from './support/test';
import en from '../messages/en.json';
import {
  ACTIONS,
  answer,
  classAForm,
  classAPage,
  formItem,
  familyLinkCount,
  NEW_PASSWORD,
  openedPart,
  REVISED_TEXT,
  WRITTEN_ITEM_ID,
  WRITTEN_TEXT,
  visit,
  type Attack,
  type World,
  useWorld,
} from './support/authorization-world';
import { partHeadings } from './support/guided';
import { LESSON_SLUG, resumedAddress } from './support/locales';
import { seedTeacher } from './support/seed';
import { callAction, serverActions } from './support/server-actions';
import { TEACHER_PASSWORD } from './support/teacher';

// The other half of e2e/authorization-actions.spec.ts: each refused request, sent by its owner, is accepted and has
// its effect, so only ownership refused the attackers. A world of its own, used up in order.

let world: World;
let baseURL: string;
useWorld(async (built, url) => {
  world = built;
  baseURL = url;
  // Student A's second answer, saved by student A through the answers endpoint (as in authorization-routes.spec.ts).
  const saved = await world.contexts.studentA.request.post(`${baseURL}/api/en/answers`, {
    headers: { Origin: baseURL, Connection: 'close' },
    data: answer(world),
  });
  expect(saved.status()).toBe(200);
});

test('every row above, sent by its owner, is accepted and has its effect: only ownership refused the attackers', async ({
  browser,
}) => {
  // A ceiling: some 20 calls, twice as many page loads and five password hashes took 70-135 s on a busy 2-core host;
  // with the roster tools' two rows, over 240 s on a 2-core host at a load average of 30.
  // A revision asked, sent and checked adds about 20 s more.
  test.setTimeout(360_000);
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
  /** What teacher A's supports page says of student A's supports. */
  const studentASupports = async () => {
    const page = await teacherA.newPage();
    await page.goto(`/en/teacher/classes/${world.classA.classId}/supports`);
    const text = await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox') })
      .first()
      .innerText();
    await page.close();
    return text;
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
    // Student A's second checkpoint of section 1: answered, section 2 appears.
    answerCheckpointFormAction: async (send) => {
      await send(studentA);
      const page = await studentA.newPage();
      await page.goto(`/en/lessons/${LESSON_SLUG}/guided`);
      await expect(partHeadings(page)).toHaveCount(2);
      await page.close();
    },
    submitAttemptAction: async (send) => {
      expect((await visit(world, 'studentA', results(world.openAttemptA))).outcome).toBe('not-found');
      await send(studentA);
      expect((await visit(world, 'studentA', results(world.openAttemptA))).outcome).toBe('ok');
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
      expect((await visit(world, 'studentA', results(retake))).outcome).toBe('not-found');
      await send(studentA, { ...world, openAttemptA: retake });
      expect((await visit(world, 'studentA', results(retake))).outcome).toBe('ok');
    },
    createClassAction: async (send) => {
      await send(teacherA);
      const page = await teacherA.newPage();
      await page.goto('/en/teacher');
      await expect(page.getByRole('link', { name: 'Intruder class' })).toBeVisible();
      await page.close();
    },
    // Student A2 is student A's second row: merged, the roster has student A alone again, for the rows below.
    mergeStudentsAction: async (send) => {
      const names = async () => {
        const page = await classPage();
        const shown = await roster(page).getByRole('rowheader').allInnerTexts();
        await page.close();
        return shown;
      };
      expect(await names()).toEqual(['Student A', 'Student A2']);
      await send(teacherA);
      expect(await names()).toEqual(['Student A']);
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
      await expect(page).toHaveURL(resumedAddress('en'), { timeout: 15_000 });
      await page.close();
    },
    // Teacher A asks for a revision (level 2, a comment, the box) and returns it, through the scoring page's own
    // actions; then student A's revision is taken and sent: the scoring page shows both versions, the revision to score.
    reviseAnswerFormAction: async (send) => {
      const teacherCall = async (name: string, form: Record<string, string>) => {
        const id = actions.find((action) => action.key.endsWith(`/written/actions.ts#${name}`))!.id;
        const page = `${world.classA.url}/written/comprehension`;
        const response = await callAction(teacherA.request, baseURL, page, id, classAForm(form)(world), {
          Connection: 'close',
        });
        expect(response.status(), name).toBeLessThan(400);
      };
      const quiz = { lessonSlug: LESSON_SLUG, quizId: 'comprehension' };
      const score = { attemptId: world.submittedAttemptA, itemId: WRITTEN_ITEM_ID, level: '2' };
      await teacherCall('scoreAnswerAction', { ...quiz, ...score, comment: 'Say who said it.', revise: '1' });
      await teacherCall('returnScoresAction', quiz);
      await send(studentA);
      const check = await teacherA.newPage();
      await check.goto(`${world.classA.url}/written/comprehension`);
      await expect(check.locator('section[data-status]')).toHaveAttribute('data-status', 'revised');
      await expect(check.getByText(REVISED_TEXT)).toBeVisible();
      await expect(check.getByText(WRITTEN_TEXT)).toBeVisible();
      await check.close();
    },
    signOutStudentAction: async (send) => {
      expect(await studentASignedIn()).toBe(true);
      await send(teacherA);
      expect(await studentASignedIn()).toBe(false);
    },
    // Student A's revision (above) waits for a level.
    scoreAnswerAction: async (send) => {
      expect(await scoringPage('section[data-status]', 'data-status')).toBe('revised');
      await send(teacherA);
      expect(await scoringPage('input[name="level"]:checked', 'value')).toBe('4');
    },
    returnScoresAction: async (send) => {
      const status = () => scoringPage('section[data-status]', 'data-status');
      expect(await status()).toBe('scored');
      await send(teacherA);
      expect(await status()).toBe('returned');
    },
    openSectionAction: async (send) => {
      expect(await openedPart(world)).toBe('Part 1');
      await send(teacherA);
      expect(await openedPart(world)).toBe('Part 2');
    },
    setAssignmentAction: async (send) => {
      const due = async () => {
        const page = await classPage();
        const value = await page
          .getByRole('region', { name: en.Assignment.title })
          .getByLabel(en.Assignment.dueAt)
          .inputValue();
        await page.close();
        return value;
      };
      const counted = async () => {
        const page = await classPage();
        const boxes = await page.getByRole('group', { name: en.Assignment.counted }).getByRole('checkbox').all();
        const ticked = await Promise.all(boxes.map((box) => box.isChecked()));
        await page.close();
        return ticked;
      };
      expect(await due()).not.toBe('2030-01-02T09:00');
      expect(await counted()).toEqual([true, true]);
      await send(teacherA);
      expect(await due()).toBe('2030-01-02T09:00');
      expect(await counted()).toEqual([true, false]);
    },
    // After the student's own proofs above: a locked comprehension quiz would refuse their work.
    setQuizLockAction: async (send) => {
      const locks = async () => {
        const page = await classPage();
        const texts = await page
          .getByRole('region', { name: en.Assignment.locksTitle })
          .getByRole('listitem')
          .allInnerTexts();
        await page.close();
        return texts[0];
      };
      expect(await locks()).toContain(': open');
      await send(teacherA);
      expect(await locks()).toContain(': locked');
    },
    extendAssignmentAction: async (send) => {
      const until = async () => {
        const page = await teacherA.newPage();
        await page.goto(`${world.classA.url}/students/${world.studentAId}`);
        const value = await page.getByLabel(en.Assignment.extendUntil).inputValue();
        await page.close();
        return value;
      };
      expect(await until()).toBe('');
      await send(teacherA);
      expect(await until()).toBe('2030-01-05T09:00');
    },
    createFamilyLinkAction: async (send) => {
      expect(await familyLinkCount(world)).toBe(1);
      await send(teacherA);
      expect(await familyLinkCount(world)).toBe(2);
    },
    revokeFamilyLinkAction: async (send) => {
      const family = `/es/family/${world.familyTokenA}`;
      expect((await visit(world, 'anonymous', family)).outcome).toBe('ok');
      await send(teacherA);
      expect((await visit(world, 'anonymous', family)).outcome).toBe('not-found');
    },
    setStuckAfterAction: async (send) => {
      const stuckAfter = async () => {
        const page = await teacherA.newPage();
        await page.goto(`${world.classA.url}/live`);
        const value = await page.getByLabel(en.LiveView.stuckAfter.label).inputValue();
        await page.close();
        return value;
      };
      expect(await stuckAfter()).toBe('5');
      await send(teacherA);
      expect(await stuckAfter()).toBe('15');
    },
    editSupportsAction: async (send) => {
      const lineFocusOn = `${en.Supports.names.lineFocus}: ${en.Supports.policies.on}`;
      expect(await studentASupports()).not.toContain(lineFocusOn);
      await send(teacherA);
      expect(await studentASupports()).toContain(lineFocusOn);
    },
    importSupportsAction: async (send) => {
      const maskingOn = `${en.Supports.names.answerMasking}: ${en.Supports.policies.on}`;
      expect(await studentASupports()).not.toContain(maskingOn);
      await send(teacherA);
      expect(await studentASupports()).toContain(maskingOn);
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
    // After the student's removal: the pasted names are the roster.
    pasteRosterAction: async (send) => {
      await send(teacherA);
      const page = await classPage();
      await expect(roster(page).getByRole('rowheader')).toHaveText(['Intruder One', 'Intruder Two']);
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
      expect((await visit(world, 'teacherA', classAPage(world))).outcome).toBe('not-found');
    },
    signOutEverywhereAction: async (send) => {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      account = { context, page, email: (await seedTeacher(context, baseURL)).email };
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
