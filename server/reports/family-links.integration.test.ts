import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getLesson } from '../lessons';
import { createClass } from '../teacher/classes';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { createFamilyLink, listFamilyLinks, openFamilyLink, revokeFamilyLink } from './family-links';
import { familyStudentReport } from './student-report';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => {
  fakeRequest.reset();
  fakeRequest.headers.set('host', 'school.example');
});

const lesson = getLesson('zero-tolerance')!;
const DAY = 24 * 60 * 60 * 1000;
const SETTINGS = { feedbackMode: 'immediate', retakes: 0, defaultLocale: 'es', countedAttempt: 'first' } as const;

let teacherA: string;
let teacherB: string;
let classA: string;
let ana: string;
let leo: string;

async function teacher() {
  const row = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
    select: { id: true },
  });
  return row.id;
}

async function student(classId: string, displayName: string) {
  const row = await database.prisma.learner.create({
    data: { classId, displayName, joinedAt: new Date() },
    select: { id: true },
  });
  return row.id;
}

const tokenOf = (url: string) => url.split('/family/')[1]!;

/** Teacher A's only working link for Ana, after making one. */
async function newLinkForAna(days: number, now = new Date()) {
  expect(await createFamilyLink(teacherA, classA, lesson.slug, ana, days, now)).not.toBeNull();
  const [link] = await listFamilyLinks(teacherA, classA, lesson.slug, ana, 'es', now);
  return link!;
}

beforeAll(async () => {
  teacherA = await teacher();
  teacherB = await teacher();
  ({ id: classA } = await createClass(teacherA, 'Period 1', SETTINGS));
  ana = await student(classA, 'Ana');
  leo = await student(classA, 'Leo');
});

describe('family links', () => {
  it('open the report of their student alone, in the page’s language, at the address the teacher is shown', async () => {
    const link = await newLinkForAna(30);
    expect(link.url).toMatch(/^http:\/\/school\.example\/es\/family\/[A-Za-z0-9_-]{70}$/);
    expect(await openFamilyLink(tokenOf(link.url))).toEqual({
      learnerId: ana,
      classId: classA,
      lessonSlug: lesson.slug,
    });
    const report = await familyStudentReport(tokenOf(link.url), 'en');
    expect(report).toMatchObject({ learnerId: ana, displayName: 'Ana', language: 'en' });
    expect(await listFamilyLinks(teacherA, classA, lesson.slug, leo, 'es')).toEqual([]);
  });

  it('stop working at their expiry, which the row and the token both hold', async () => {
    const now = new Date();
    const link = await newLinkForAna(7, now);
    const token = tokenOf(link.url);
    expect(link.expiresAt.getTime()).toBe(Math.floor((now.getTime() + 7 * DAY) / 1000) * 1000);
    expect(await openFamilyLink(token, new Date(link.expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await openFamilyLink(token, link.expiresAt)).toBeNull();
    expect(await listFamilyLinks(teacherA, classA, lesson.slug, ana, 'es', link.expiresAt)).not.toContainEqual(
      expect.objectContaining({ id: link.id }),
    );
    // Extending the row does not extend a token already handed out.
    await database.prisma.familyLink.update({
      where: { id: link.id },
      data: { expiresAt: new Date(link.expiresAt.getTime() + 30 * DAY) },
    });
    expect(await openFamilyLink(token, now)).toBeNull();
  });

  it('stop working once revoked, and only their own teacher can revoke or list them', async () => {
    const link = await newLinkForAna(90);
    const token = tokenOf(link.url);
    expect(await revokeFamilyLink(teacherB, classA, ana, link.id)).toBe(false);
    expect(await listFamilyLinks(teacherB, classA, lesson.slug, ana, 'es')).toEqual([]);
    expect(await openFamilyLink(token)).not.toBeNull();
    // Teacher A, naming another student of the class: refused too.
    expect(await revokeFamilyLink(teacherA, classA, leo, link.id)).toBe(false);
    expect(await revokeFamilyLink(teacherA, classA, ana, link.id)).toBe(true);
    expect(await openFamilyLink(token)).toBeNull();
    expect(await familyStudentReport(token, 'es')).toBeNull();
    expect(await listFamilyLinks(teacherA, classA, lesson.slug, ana, 'es')).not.toContainEqual(
      expect.objectContaining({ id: link.id }),
    );
    expect(await revokeFamilyLink(teacherA, classA, ana, link.id)).toBe(false);
  });

  it('cannot be made by another teacher, nor for a student of another class', async () => {
    const before = await database.prisma.familyLink.count();
    expect(await createFamilyLink(teacherB, classA, lesson.slug, ana, 30)).toBeNull();
    const { id: classB } = await createClass(teacherB, 'Period 9', SETTINGS);
    expect(await createFamilyLink(teacherB, classB, lesson.slug, ana, 30)).toBeNull();
    expect(await createFamilyLink(teacherA, classA, lesson.slug, 'not-a-uuid', 30)).toBeNull();
    expect(await database.prisma.familyLink.count()).toBe(before);
  });

  it('open nothing for an altered token or a link that is gone', async () => {
    const link = await newLinkForAna(30);
    const token = tokenOf(link.url);
    const altered = `${token.slice(0, 10)}${token[10] === 'a' ? 'b' : 'a'}${token.slice(11)}`;
    expect(await openFamilyLink(altered)).toBeNull();
    expect(await openFamilyLink('x'.repeat(70))).toBeNull();
    await database.prisma.learner.delete({ where: { id: ana } });
    expect(await openFamilyLink(token)).toBeNull();
  });
});
