import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { LESSON_SLUG } from './locales';
import { TEACHER_PASSWORD, uniqueEmail } from './teacher';

// Sets up teachers, classes and students without clicking through the forms, for the tests that are not about those
// forms (the sign-up, sign-in and join tests still use them). The app's seed listener (server/testing/seed-listener.ts)
// makes the rows with the app's own modules; the test's browser context gets the session cookie a sign-in would set.

export type SeedEndpoint = { port: number; token: string };

/** The shared test server's listener (playwright.config.ts chooses its port and token). */
export function sharedSeedEndpoint(): SeedEndpoint {
  const { FUENTE_E2E_SEED_PORT: port, FUENTE_E2E_SEED_TOKEN: token } = process.env;
  if (!port || !token)
    throw new Error('FUENTE_E2E_SEED_PORT and FUENTE_E2E_SEED_TOKEN are set by playwright.config.ts');
  return { port: Number(port), token };
}

async function seed<T>(request: Record<string, unknown>, endpoint = sharedSeedEndpoint()): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${endpoint.port}/`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${endpoint.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok)
    throw new Error(`seeding ${String(request.op)} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

let addressCounter = 0;
/** Each seeded actor sits at a computer of its own, so tests do not share one address's throttle buckets. */
async function ownAddress(context: BrowserContext) {
  addressCounter += 1;
  await context.setExtraHTTPHeaders({
    'x-forwarded-for': `198.18.${process.pid % 256}.${(addressCounter % 250) + 1}`,
  });
}

async function signIn(
  context: BrowserContext,
  baseURL: string,
  name: 'fuente_teacher' | 'fuente_session',
  token: string,
) {
  await context.addCookies([{ name, value: token, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
}

export type SeededTeacher = { teacherId: string; email: string; password: string; context: BrowserContext };

/** A new teacher, signed in in `context` (the password is TEACHER_PASSWORD, as for a teacher who signed up). */
export async function seedTeacher(
  context: BrowserContext,
  baseURL: string,
  endpoint?: SeedEndpoint,
): Promise<SeededTeacher> {
  const email = uniqueEmail();
  const { teacherId, token } = await seed<{ teacherId: string; token: string }>(
    { op: 'teacher', email, password: TEACHER_PASSWORD },
    endpoint,
  );
  await ownAddress(context);
  await signIn(context, baseURL, 'fuente_teacher', token);
  return { teacherId, email, password: TEACHER_PASSWORD, context };
}

/** The token of a "Forgot password?" link of the teacher's, as the mail would have carried it. */
export async function seedPasswordResetLink(teacher: Pick<SeededTeacher, 'teacherId'>, endpoint?: SeedEndpoint) {
  return (await seed<{ token: string }>({ op: 'passwordResetLink', teacherId: teacher.teacherId }, endpoint)).token;
}

export type ClassSettingsSeed = {
  feedbackMode: 'immediate' | 'deferred';
  retakes: -1 | 0 | 1 | 2;
  defaultLocale: 'en' | 'es';
  countedAttempt: 'latest' | 'best' | 'first';
};

export type SeededClass = { classId: string; joinCode: string; url: string; name: string };

/** A class of the teacher's; `url` is its page's path in `locale`, on the lesson its students are sent to. */
export async function seedClass(
  teacher: Pick<SeededTeacher, 'teacherId'>,
  name: string,
  locale: 'en' | 'es',
  settings: Partial<ClassSettingsSeed> = {},
  endpoint?: SeedEndpoint,
): Promise<SeededClass> {
  const { classId, joinCode } = await seed<{ classId: string; joinCode: string }>(
    {
      op: 'class',
      teacherId: teacher.teacherId,
      name,
      settings: {
        feedbackMode: 'immediate',
        retakes: -1,
        defaultLocale: locale,
        countedAttempt: 'latest',
        ...settings,
      },
    },
    endpoint,
  );
  return { classId, joinCode, url: `/${locale}/teacher/classes/${classId}/lessons/${LESSON_SLUG}`, name };
}

export type SeededStudent = { learnerId: string; resumeCode: string; displayName: string };

/** A student of the class, signed in in `context`, as if they had joined with this name. */
export async function seedStudent(
  context: BrowserContext,
  baseURL: string,
  klass: Pick<SeededClass, 'classId'>,
  displayName: string,
  endpoint?: SeedEndpoint,
): Promise<SeededStudent> {
  const { learnerId, token, resumeCode } = await seed<{ learnerId: string; token: string; resumeCode: string }>(
    { op: 'student', classId: klass.classId, displayName },
    endpoint,
  );
  await ownAddress(context);
  await signIn(context, baseURL, 'fuente_session', token);
  return { learnerId, resumeCode, displayName };
}

/** Lays a support profile edit (lib/supports/profile.ts `SupportProfileEdit`) over some students' profiles. */
export async function seedSupports(
  teacher: Pick<SeededTeacher, 'teacherId'>,
  klass: Pick<SeededClass, 'classId'>,
  students: Pick<SeededStudent, 'learnerId'>[],
  edit: Record<string, Record<string, unknown>>,
  endpoint?: SeedEndpoint,
): Promise<void> {
  const result = await seed<{ status: string }>(
    {
      op: 'supports',
      teacherId: teacher.teacherId,
      classId: klass.classId,
      learnerIds: students.map((student) => student.learnerId),
      edit,
    },
    endpoint,
  );
  if (result.status !== 'ok') throw new Error(`the supports seed was refused: ${JSON.stringify(result)}`);
}

/** A student's attempt at one quiz of a lesson, answered through the app's own save and submitted when asked. */
export async function seedQuizWork(
  student: Pick<SeededStudent, 'learnerId'>,
  work: {
    lessonSlug: string;
    quizId: 'comprehension' | 'attribution';
    locale: 'en' | 'es';
    answers: { itemId: string; response: unknown }[];
    submit: boolean;
  },
  endpoint?: SeedEndpoint,
): Promise<{ attemptId: string }> {
  return seed({ op: 'quizWork', learnerId: student.learnerId, ...work }, endpoint);
}

/** Moves the student's work in the lesson `minutes` into the past, as if they had stopped then (the live view's idle time). */
export async function seedIdleTime(
  student: Pick<SeededStudent, 'learnerId'>,
  minutes: number,
  endpoint?: SeedEndpoint,
): Promise<void> {
  await seed({ op: 'backdateWork', learnerId: student.learnerId, lessonSlug: LESSON_SLUG, minutes }, endpoint);
}

/** Ends the grace period of the class's previous join code, as if its ten minutes had passed. */
export async function expireCodeGrace(klass: Pick<SeededClass, 'classId'>, endpoint?: SeedEndpoint): Promise<void> {
  const { expired } = await seed<{ expired: number }>({ op: 'expireCodeGrace', classId: klass.classId }, endpoint);
  expect(expired).toBe(1);
}

/**
 * A student of a new class of a new teacher, in a browser that has run the app's JavaScript, as it has after a join:
 * the cookie that JavaScript sets is what gets the reading and quiz pages' prerendered copies (lib/prerendered-page.ts).
 */
export async function seedStudentRunningScripts(
  browser: Browser,
  baseURL: string,
  locale: 'en' | 'es',
  names: { className: string; displayName: string },
): Promise<{ teacherContext: BrowserContext; studentContext: BrowserContext; student: Page }> {
  const teacherContext = await browser.newContext();
  const klass = await seedClass(await seedTeacher(teacherContext, baseURL), names.className, locale);
  const studentContext = await browser.newContext();
  await seedStudent(studentContext, baseURL, klass, names.displayName);
  const student = await studentContext.newPage();
  await student.goto(`/${locale}`);
  await expect
    .poll(async () => (await studentContext.cookies()).some((cookie) => cookie.name === 'fuente_js'))
    .toBe(true);
  return { teacherContext, studentContext, student };
}

/** The lesson's assignment in the class with these dates (any, past ones included), and students' extensions. */
export async function seedAssignment(
  klass: Pick<SeededClass, 'classId'>,
  dates: {
    opensAt: Date;
    dueAt: Date;
    closesAt: Date | null;
    pacing?: 'open' | 'guided' | 'teacher';
    /** The quizzes that do not count (practice). */
    practiceQuizIds?: ('comprehension' | 'attribution')[];
  },
  extensions: { student: Pick<SeededStudent, 'learnerId'>; closesAt: Date }[] = [],
  endpoint?: SeedEndpoint,
): Promise<void> {
  await seed(
    {
      op: 'assignment',
      classId: klass.classId,
      lessonSlug: LESSON_SLUG,
      opensAt: dates.opensAt.toISOString(),
      dueAt: dates.dueAt.toISOString(),
      closesAt: dates.closesAt?.toISOString() ?? null,
      pacing: dates.pacing ?? 'open',
      practiceQuizIds: dates.practiceQuizIds ?? [],
      extensions: extensions.map(({ student, closesAt }) => ({
        learnerId: student.learnerId,
        closesAt: closesAt.toISOString(),
      })),
    },
    endpoint,
  );
}

/**
 * A family link to the student's report on the lesson, made by their teacher `madeDaysAgo` days ago for `days` days
 * (31 and 30: it expired yesterday), and the token its address carries.
 */
export async function seedFamilyLink(
  klass: Pick<SeededClass, 'classId'>,
  student: Pick<SeededStudent, 'learnerId'>,
  timing: { days: number; madeDaysAgo: number } = { days: 30, madeDaysAgo: 0 },
  endpoint?: SeedEndpoint,
): Promise<{ linkId: string; token: string }> {
  return seed(
    { op: 'familyLink', classId: klass.classId, learnerId: student.learnerId, lessonSlug: LESSON_SLUG, ...timing },
    endpoint,
  );
}

/** The teacher's level and comment on a written answer of a submitted attempt (`revise`: asked again), returned. */
export async function seedReturnedScore(
  klass: Pick<SeededClass, 'classId'>,
  score: {
    quizId: 'comprehension' | 'attribution';
    attemptId: string;
    itemId: string;
    level: number;
    comment: string;
    revise?: boolean;
  },
  endpoint?: SeedEndpoint,
): Promise<void> {
  await seed({ op: 'returnedScore', classId: klass.classId, lessonSlug: LESSON_SLUG, ...score }, endpoint);
}
