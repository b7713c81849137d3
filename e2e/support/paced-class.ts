import type { BrowserContext, Page } from '@playwright/test';
import { followPace, type PaceListener } from './pace-listener';
import { seedAssignment, seedClass, seedStudent, seedTeacher, type SeedEndpoint, type SeededClass } from './seed';

// A teacher-paced class and the timing of the teacher's "Open part N", shared by e2e/teacher-paced.spec.ts (every
// student must hear) and bench/pace/run.ts (how fast they hear: the 2 s target of issue 38).

const HOUR = 60 * 60 * 1000;

/** A new teacher signed in in `context`, with a class whose lesson is assigned teacher-paced, open since an hour. */
export async function seedPacedClass(
  context: BrowserContext,
  baseURL: string,
  endpoint: SeedEndpoint,
  name: string,
  locale: 'en' | 'es',
) {
  const teacher = await seedTeacher(context, baseURL, endpoint);
  const klass = await seedClass(teacher, name, locale, {}, endpoint);
  const now = Date.now();
  await seedAssignment(
    klass,
    { opensAt: new Date(now - HOUR), dueAt: new Date(now + HOUR), closesAt: null, pacing: 'teacher' },
    [],
    endpoint,
  );
  return { teacher, klass };
}

/**
 * Clicks the teacher's button that opens `section` (0-based) on their pace page, waits until every listener has heard
 * it, and returns each listener's time from the click to its event, in ms. Throws when some have not heard it within
 * `patienceMs`, naming how many did.
 */
export async function timeAdvance(
  teacherPage: Page,
  buttonName: string,
  listeners: readonly PaceListener[],
  section: number,
  patienceMs = 30_000,
): Promise<number[]> {
  const clicked = Date.now();
  await teacherPage.getByRole('button', { name: buttonName }).click();
  const heard = () => listeners.filter((listener) => listener.heardAt.has(section)).length;
  while (heard() < listeners.length) {
    if (Date.now() - clicked > patienceMs)
      throw new Error(`${heard()} of ${listeners.length} students heard part ${section + 1} within ${patienceMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return listeners.map((listener) => listener.heardAt.get(section)! - clicked);
}

/** The student session cookie the last `seedStudent` gave `context`. */
export async function sessionOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).find((cookie) => cookie.name === 'fuente_session')!.value;
}

/**
 * `count` new students of the class, each following the pace stream from a computer of its own (`addressPrefix` and
 * their number), on the instances in turn: the first student on the first instance, the second on the next, and so on.
 */
export async function studentsFollowing(
  seeding: BrowserContext,
  klass: Pick<SeededClass, 'classId'>,
  baseURLs: readonly string[],
  count: number,
  endpoint: SeedEndpoint,
  addressPrefix: string,
): Promise<PaceListener[]> {
  const listeners: PaceListener[] = [];
  for (let index = 0; index < count; index += 1) {
    await seedStudent(seeding, baseURLs[0]!, klass, `Student ${index + 1}`, endpoint);
    const baseURL = baseURLs[index % baseURLs.length]!;
    listeners.push(await followPace(baseURL, await sessionOf(seeding), `${addressPrefix}.${index + 1}`));
  }
  return listeners;
}
