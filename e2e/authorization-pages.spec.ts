import { expect, test } from './support/test';
import { appFiles } from './support/app-files';
import {
  ACTORS,
  everyone,
  forTeachers,
  teachersOnly,
  visit,
  revisePage,
  WRITTEN_TEXT,
  type Actor,
  type Outcome,
  type World,
  useWorld,
} from './support/authorization-world';
import { LESSON_SLUG } from './support/locales';

// Every page of the build, for each of the five actors (e2e/support/authorization-world.ts). A page file that is not
// in the matrix fails the test, so a new page must say who may see it.

let world: World;

/** What every actor but student A must never be sent. */
const othersThanStudentA = (secrets: string[]): Partial<Record<Actor, string[]>> => ({
  anonymous: secrets,
  studentB: secrets,
  teacherA: secrets,
  teacherB: secrets,
});
/** The same secrets for all five actors. */
const allActors = (secrets: string[]): Partial<Record<Actor, string[]>> => ({
  ...othersThanStudentA(secrets),
  studentA: secrets,
});
useWorld((built) => {
  world = built;
});

/** Every page file, with the paths to request and what each actor must get. */
const PAGES: Record<
  string,
  (w: World) => {
    path: string;
    expected: Record<Actor, Outcome>;
    /** Never in what the server sends nor in the page as shown. */
    hidden?: Partial<Record<Actor, string[]>>;
    /** Never in what the server sends; the page's scripts may load it afterwards for its owner. */
    notServed?: Partial<Record<Actor, string[]>>;
  }[]
> = {
  // A student's home page lists their class's assignments (app/[locale]/student-home, by proxy.ts): nobody else's
  // carries class A's, and student B's class has none.
  '[locale]/page.tsx': (w) => [
    { path: '/en', expected: everyone('ok'), hidden: othersThanStudentA([w.assignmentDueA]) },
  ],
  '[locale]/student-home/page.tsx': (w) => [
    { path: '/es/student-home', expected: everyone('ok'), hidden: othersThanStudentA([w.assignmentDueA]) },
  ],
  '[locale]/privacy/page.tsx': () => [{ path: '/es/privacy', expected: everyone('ok') }],
  // Any other address under a language: that language's 404 page, for everybody.
  '[locale]/[...rest]/page.tsx': () => [{ path: '/es/no-such-page/at-all', expected: everyone('not-found') }],
  // What the service worker shows offline: the same page for everybody.
  '[locale]/offline/page.tsx': () => [{ path: '/es/offline', expected: everyone('ok') }],
  // Where a form posted without JavaScript lands when its action fails: the same page for everybody.
  '[locale]/problem/page.tsx': () => [{ path: '/es/problem', expected: everyone('ok') }],
  // The browser tests' page that fails on purpose; without the crash cookie it shows a form, to everybody alike.
  '[locale]/test-only/error/page.tsx': () => [{ path: '/en/test-only/error', expected: everyone('ok') }],
  '[locale]/join/page.tsx': () => [{ path: '/en/join', expected: everyone('ok') }],
  // The join page as a visitor gets it: the same HTML for everyone, naming nobody.
  '[locale]/join/prerendered/page.tsx': () => [
    {
      path: '/en/join/prerendered',
      expected: everyone('ok'),
      notServed: Object.fromEntries(ACTORS.map((actor) => [actor, ['Student A', 'Student B']])),
    },
  ],
  '[locale]/join/resume/page.tsx': () => [{ path: '/en/join/resume', expected: everyone('ok') }],
  // A visitor, a teacher or another student is sent to the join page; nobody but student A gets their code. These pages
  // are rendered on the server alone, so what it sends is what they show.
  '[locale]/join/welcome/page.tsx': (w) => [
    {
      path: '/en/join/welcome',
      expected: everyone('ok'),
      notServed: othersThanStudentA([w.resumeCodeA, 'Student A']),
    },
  ],
  '[locale]/my-code/page.tsx': (w) => [
    { path: '/en/my-code', expected: everyone('ok'), notServed: othersThanStudentA([w.resumeCodeA, 'Student A']) },
  ],
  '[locale]/teacher/signin/page.tsx': () => [{ path: '/en/teacher/signin', expected: everyone('ok') }],
  '[locale]/teacher/signup/page.tsx': () => [{ path: '/en/teacher/signup', expected: everyone('ok') }],
  '[locale]/teacher/forgot-password/page.tsx': () => [
    { path: '/en/teacher/forgot-password', expected: everyone('ok') },
  ],
  // Without a link that works, it says so; it names nobody.
  '[locale]/teacher/reset-password/page.tsx': () => [
    { path: `/es/teacher/reset-password?token=${'x'.repeat(43)}`, expected: everyone('ok') },
  ],
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
  // Guided reading renders per request for the session's own learner: nobody else's page carries student A's
  // checkpoint attempt (or shows the second section, which student A has not reached either).
  '[locale]/lessons/[slug]/guided/page.tsx': (w) => [
    {
      path: `/en/lessons/${LESSON_SLUG}/guided`,
      expected: everyone('ok'),
      hidden: othersThanStudentA([w.checkpointAttemptA]),
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/page.tsx': (w) => [
    {
      path: `/en/lessons/${LESSON_SLUG}/quiz/attribution`,
      expected: everyone('ok'),
      // Nobody else's quiz page carries student A's attempt.
      hidden: {
        anonymous: [w.openAttemptA],
        studentB: [w.openAttemptA],
        teacherA: [w.openAttemptA],
        teacherB: [w.openAttemptA],
      },
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/prerendered/page.tsx': (w) => [
    {
      path: `/en/lessons/${LESSON_SLUG}/quiz/attribution/prerendered`,
      expected: everyone('ok'),
      // The same HTML for everyone; student A's attempt arrives from the API on their own page only.
      hidden: {
        anonymous: [w.openAttemptA],
        studentB: [w.openAttemptA],
        teacherA: [w.openAttemptA],
        teacherB: [w.openAttemptA],
      },
      notServed: { studentA: [w.openAttemptA] },
    },
  ],
  '[locale]/lessons/[slug]/quiz/[quizId]/results/page.tsx': (w) => [
    {
      path: `/en/lessons/${LESSON_SLUG}/quiz/comprehension/results?attempt=${w.submittedAttemptA}`,
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
  // Student A's answer to revise: while none is asked, their results (the world's answer is scored, not returned);
  // for anyone else it does not exist.
  '[locale]/lessons/[slug]/quiz/[quizId]/revise/[itemId]/page.tsx': (w) => [
    {
      path: revisePage(w),
      expected: {
        anonymous: 'not-found',
        studentA: 'ok',
        studentB: 'not-found',
        teacherA: 'not-found',
        teacherB: 'not-found',
      },
      hidden: othersThanStudentA([WRITTEN_TEXT]),
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
  // The class's address, and its lesson's pages as bookmarked before addresses named the lesson: redirects to them.
  '[locale]/teacher/classes/[classId]/[[...page]]/page.tsx': (w) => [
    {
      path: `/en/teacher/classes/${w.classA.classId}`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Student A', w.classA.joinCode] },
    },
    {
      path: '/en/teacher/classes/00000000-0000-4000-8000-000000000000',
      expected: forTeachers('not-found', 'not-found'),
    },
    {
      path: `/en/teacher/classes/${w.classA.classId}/written/comprehension`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Student A', WRITTEN_TEXT, 'Class A'] },
    },
    {
      // A download's old address too: the page redirects to the CSV's route.
      path: `/en/teacher/classes/${w.classA.classId}/export/students`,
      expected: forTeachers('ok', 'not-found'),
      notServed: { teacherB: ['Student A'] },
    },
    {
      path: `/en/teacher/classes/${w.classA.classId}/no-such-page/at-all`,
      expected: everyone('not-found'),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/page.tsx': (w) => [
    {
      path: w.classA.url,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Student A', w.classA.joinCode] },
    },
    {
      path: `/en/teacher/classes/${w.classA.classId}/lessons/no-such-lesson`,
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  // Where each student is and who is stuck: teacher A's class only.
  '[locale]/teacher/classes/[classId]/lessons/[slug]/live/page.tsx': (w) => [
    {
      path: `${w.classA.url}/live`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Student A', 'Class A'] },
    },
    {
      path: `/en/teacher/classes/00000000-0000-4000-8000-000000000000/lessons/${LESSON_SLUG}/live`,
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  '[locale]/teacher/classes/[classId]/show/page.tsx': (w) => [
    {
      path: `/en/teacher/classes/${w.classA.classId}/show`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherA: ['Student A'], teacherB: ['Student A', w.classA.joinCode, 'Class A'] },
    },
    {
      path: '/en/teacher/classes/00000000-0000-4000-8000-000000000000/show',
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  '[locale]/teacher/classes/[classId]/cards/page.tsx': (w) => [
    {
      path: `/en/teacher/classes/${w.classA.classId}/cards`,
      expected: forTeachers('ok', 'not-found'),
      notServed: { teacherB: ['Student A', w.resumeCodeA, w.classA.joinCode] },
    },
    {
      path: '/en/teacher/classes/00000000-0000-4000-8000-000000000000/cards',
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  '[locale]/teacher/classes/[classId]/supports/page.tsx': (w) => [
    {
      path: `/en/teacher/classes/${w.classA.classId}/supports`,
      expected: forTeachers('ok', 'not-found'),
      notServed: { teacherB: ['Student A', 'Class A'] },
    },
    {
      path: '/en/teacher/classes/00000000-0000-4000-8000-000000000000/supports',
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/pace/page.tsx': (w) => [
    {
      path: `${w.pacedClassA.url}/pace`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Paced class A'] },
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/written/[quizId]/page.tsx': (w) => [
    {
      path: `${w.classA.url}/written/comprehension`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Student A', WRITTEN_TEXT, 'Class A'] },
    },
    {
      path: `${w.classA.url}/written/no-such-quiz`,
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/analysis/[quizId]/page.tsx': (w) => [
    {
      path: `${w.classA.url}/analysis/attribution`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: [w.classA.joinCode, 'Class A'] },
    },
    {
      path: `${w.classA.url}/analysis/no-such-quiz`,
      expected: forTeachers('not-found', 'not-found'),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/students/[learnerId]/report/page.tsx': (w) => [
    {
      path: `${w.classA.url}/students/${w.studentAId}/report`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Student A', w.familyTokenA] },
    },
    {
      // Student A through teacher B's class: the student must belong to the class in the URL.
      path: `${w.classB.url}/students/${w.studentAId}/report`,
      expected: forTeachers('not-found', 'not-found'),
      notServed: { teacherB: ['Student A', w.familyTokenA] },
    },
  ],
  // Whoever holds a working family link sees that one student's report (no account); an altered token, the same 404
  // as any other address. Rendered on the server alone: what it sends is what it shows.
  '[locale]/family/[token]/page.tsx': (w) => [
    { path: `/es/family/${w.familyTokenA}`, expected: everyone('ok'), notServed: allActors(['Student B']) },
    {
      path: `/es/family/${w.familyTokenA.slice(0, -2)}AA`,
      expected: everyone('not-found'),
      notServed: allActors(['Student A']),
    },
  ],
  '[locale]/teacher/classes/[classId]/lessons/[slug]/students/[learnerId]/page.tsx': (w) => [
    {
      path: `${w.classA.url}/students/${w.studentAId}`,
      expected: forTeachers('ok', 'not-found'),
      hidden: { teacherB: ['Student A'] },
    },
    {
      // Student A through teacher B's class: the student must belong to the class in the URL.
      path: `${w.classB.url}/students/${w.studentAId}`,
      expected: forTeachers('not-found', 'not-found'),
      hidden: { teacherB: ['Student A'] },
    },
  ],
};

/**
 * Where a GET ends for an actor, from what the server sends: the page itself, the sign-in page, a 404, or (results)
 * back to the quiz. Plain HTTP with the actor's cookies; `visit` loads the page in the browser where it matters.
 */
async function fetchPage(actor: Actor, pathname: string): Promise<{ outcome: Outcome; served: string }> {
  const response = await world.contexts[actor].request.get(pathname, { headers: { Accept: 'text/html' } });
  const served = await response.text();
  expectCacheableOnlyIfBuiltForEveryone(response.headers(), `${actor} → ${pathname}`);
  const finalPath = new URL(response.url()).pathname;
  if (response.status() === 404) return { outcome: 'not-found', served };
  if (finalPath.endsWith('/teacher/signin') && !pathname.endsWith('/teacher/signin'))
    return { outcome: 'signin', served };
  if (pathname.includes('/results') && !finalPath.endsWith('/results')) return { outcome: 'quiz', served };
  return { outcome: 'ok', served };
}

/**
 * What a cache may keep (scripts/cache-policy.mjs): a page rendered for this request (a nonce in its policy) is
 * `private, no-store`; a cache may keep only a page built for everyone, with its validator.
 */
function expectCacheableOnlyIfBuiltForEveryone(headers: Record<string, string>, what: string) {
  const cacheControl = headers['cache-control'] ?? '';
  if (/\bprivate\b/.test(cacheControl) && /\bno-store\b/.test(cacheControl)) return;
  expect(
    headers['content-security-policy'],
    `${what}: a cacheable page made for this request (${cacheControl || 'no Cache-Control'}, ${headers['content-type']})`,
  ).not.toContain("'nonce-");
  expect(cacheControl, `${what}: ${headers['content-type']}`).toMatch(/^public, .*s-maxage=/);
  expect(headers.etag, what).toBeTruthy();
  expect(headers.vary, what).toMatch(/\bCookie\b/);
}

test('every page is in the matrix, and each actor gets only what is theirs', async () => {
  test.setTimeout(240_000);
  expect(appFiles('page.tsx').sort()).toEqual(Object.keys(PAGES).sort());
  for (const [file, cases] of Object.entries(PAGES)) {
    for (const { path: pathname, expected, hidden, notServed } of cases(world)) {
      await Promise.all(
        ACTORS.map(async (actor) => {
          const { outcome, served } = await fetchPage(actor, pathname);
          expect(outcome, `${actor} → ${pathname} (${file})`).toBe(expected[actor]);
          for (const secret of [...(hidden?.[actor] ?? []), ...(notServed?.[actor] ?? [])])
            expect(served.includes(secret), `${actor} is sent ${secret} on ${pathname}`).toBe(false);
          // What must stay hidden must also stay hidden once the page's scripts have loaded the actor's own state.
          if (!hidden?.[actor]?.length) return;
          const shown = await visit(world, actor, pathname);
          expect(shown.outcome, `${actor} → ${pathname} (${file}), in the browser`).toBe(expected[actor]);
          for (const secret of hidden[actor])
            expect(shown.html.includes(secret), `${actor} sees ${secret} on ${pathname}`).toBe(false);
        }),
      );
    }
  }
});
