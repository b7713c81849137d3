import { expect, test } from './support/test';
import { appFiles } from './support/app-files';
import {
  ACTORS,
  answer,
  forTeachers,
  notStudentA,
  savedItem,
  snapshot,
  type Actor,
  type World,
  useWorld,
} from './support/authorization-world';
import en from '../messages/en.json';
import { LESSON_SLUG } from './support/locales';

// Every route handler of the build, for each of the five actors (e2e/support/authorization-world.ts), over HTTP with
// the actor's cookies: what matters is what the server sends.

let world: World;
let baseURL: string;
useWorld((built, url) => {
  world = built;
  baseURL = url;
});

/** Every route handler (CSV downloads), with what each actor must get: the file, the sign-in page or a 404. */
const ROUTES: Record<
  string,
  (w: World) => { path: string; expected: Record<Actor, 'file' | 'signin' | 'not-found'>; contains?: string }[]
> = {
  '[locale]/teacher/classes/[classId]/lessons/[slug]/export/students/route.ts': (w) => [
    {
      path: `${w.classA.url}/export/students`,
      expected: forTeachers('file', 'not-found'),
      contains: 'Student A',
    },
    {
      path: `/en/teacher/classes/not-a-class/lessons/${LESSON_SLUG}/export/students`,
      expected: forTeachers('not-found', 'not-found'),
    },
    {
      path: `/en/teacher/classes/${w.classA.classId}/lessons/no-such-lesson/export/students`,
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  // A teacher-paced assignment's event stream is for its class's students only: none of the five has one (class A's
  // lesson is not teacher-paced), so everyone gets a 404; e2e/teacher-paced.spec.ts streams to the class's students.
  'api/[locale]/lessons/[slug]/pace/route.ts': () => [
    {
      path: `/api/en/lessons/${LESSON_SLUG}/pace`,
      expected: {
        anonymous: 'not-found',
        studentA: 'not-found',
        studentB: 'not-found',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
    },
  ],
  // The class's gradebook, across its assignments (class A's lesson is assigned).
  '[locale]/teacher/classes/[classId]/export/gradebook/route.ts': (w) => [
    {
      path: `/en/teacher/classes/${w.classA.classId}/export/gradebook`,
      expected: forTeachers('file', 'not-found'),
      contains: 'Student A',
    },
    {
      path: '/en/teacher/classes/not-a-class/export/gradebook',
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  // A student's support profile as a PNP file: their teacher's alone.
  '[locale]/teacher/classes/[classId]/supports/[learnerId]/route.ts': (w) => [
    {
      path: `/en/teacher/classes/${w.classA.classId}/supports/${w.studentAId}`,
      expected: forTeachers('file', 'not-found'),
      contains: 'access-for-all-pnp',
    },
    {
      path: `/en/teacher/classes/${w.classA.classId}/supports/00000000-0000-4000-8000-000000000000`,
      expected: forTeachers('not-found', 'not-found'),
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
  // The build files the service worker stores for the lesson offline: the same list for everybody.
  'api/offline-files/route.ts': () => [
    {
      path: '/api/offline-files',
      expected: { anonymous: 'file', studentA: 'file', studentB: 'file', teacherA: 'file', teacherB: 'file' },
      contains: '"files":[',
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/export/answers/route.ts': (w) => [
    {
      path: `${w.classA.url}/export/answers`,
      expected: forTeachers('file', 'not-found'),
      contains: 'Student A',
    },
  ],
};

/** Route handlers for the caller's own learner, each with a test of its own below. */
// The reading-progress endpoint acts on the caller's own learner only (server/learner/reading-endpoint.ts); joining
// signs in the browser that joins, and no other (server/learner/join-endpoint.integration.test.ts).
const POST_ROUTES = [
  'api/[locale]/answers/route.ts',
  'api/[locale]/join/route.ts',
  'api/[locale]/reading-progress/route.ts',
  'api/[locale]/lessons/[slug]/state/route.ts',
  'api/[locale]/lessons/[slug]/quizzes/[quizId]/state/route.ts',
];

test('every route handler is in the matrix, and only the class’s teacher gets the file', async () => {
  expect(appFiles('route.ts').sort()).toEqual([...Object.keys(ROUTES), ...POST_ROUTES].sort());
  for (const [file, cases] of Object.entries(ROUTES)) {
    for (const { path: pathname, expected, contains } of cases(world)) {
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
  const before = await snapshot(world);
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
  expect(await snapshot(world), 'student A and teacher A see exactly what they saw before').toEqual(before);
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
