import { expect, test } from './support/test';
import en from '../messages/en.json';
import {
  ACTIONS,
  classAForm,
  classAPage,
  openedPart,
  familyLinkCount,
  snapshot,
  type World,
  useWorld,
} from './support/authorization-world';
import { callAction, serverActions } from './support/server-actions';
import { TEACHER_PASSWORD } from './support/teacher';

// Every Server Action of the build, sent by each actor who must not use it on student A's or teacher A's data
// (e2e/support/authorization-world.ts). An action that is not in the matrix fails the test.

let world: World;
let baseURL: string;
useWorld((built, url) => {
  world = built;
  baseURL = url;
});

test('every Server Action is in the matrix, and no cross-tenant call changes anything', async () => {
  test.setTimeout(180_000);
  const actions = serverActions();
  expect(actions.map((action) => action.key).sort()).toEqual(Object.keys(ACTIONS).sort());
  const before = await snapshot(world);
  const part = await openedPart(world);
  expect(part).toBe('Part 1');
  expect(before).toMatchObject({
    classPage: 200,
    className: 'Class A',
    joinCode: world.classA.joinCode,
    archived: false,
    students: ['Student A', 'Student A2'],
    attempts: '2',
    feedbackMode: 'immediate',
    counted: [true, true],
    quizLocks: [expect.stringContaining(': open'), expect.stringContaining(': open')],
    extension: '',
    stuckAfter: '5',
    familiarity: true,
    openAttempt: world.openAttemptA,
    answered: '1',
    guidedParts: 1,
    checkpointsAnswered: 1,
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
  expect(await snapshot(world), 'student A and teacher A see exactly what they saw before').toEqual(before);
  expect(await openedPart(world), 'the paced class still has only its first part open').toBe(part);
  // Student A's one family link still works, and no other was made.
  expect(await familyLinkCount(world)).toBe(1);
  const family = await world.contexts.anonymous.request.get(`/es/family/${world.familyTokenA}`);
  expect(family.status()).toBe(200);
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
