import 'server-only';
import { isUuid } from '@/lib/ids';
import type { FamilyLinkView } from '@/lib/reports/family-link-form';
import { publicOrigin } from '../auth/request-info';
import { db } from '../db/client';
import { signFamilyToken, tokenExpiry, verifyFamilyToken } from './family-tokens';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a family link's token is opened: the family page, in a language. */
export function familyPath(language: 'en' | 'es', token: string): string {
  return `/${language}/family/${token}`;
}

/** The student of a class of this teacher, or nothing: every write and read below is scoped by it. */
function ownStudent(teacherId: string, classId: string, learnerId: string) {
  return { id: learnerId, classId, class: { teacherId } };
}

/**
 * A new link to the student's report on a lesson, working for `days` from `now`: its id and expiry, or null when the
 * student is not in a class of this teacher.
 */
export async function createFamilyLink(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  learnerId: string,
  days: number,
  now = new Date(),
): Promise<{ id: string; expiresAt: Date } | null> {
  if (!isUuid(classId) || !isUuid(learnerId)) return null;
  const student = await db().prisma.learner.findFirst({
    where: ownStudent(teacherId, classId, learnerId),
    select: { id: true },
  });
  if (!student) return null;
  return db().prisma.familyLink.create({
    data: { learnerId, classId, lessonSlug, expiresAt: tokenExpiry(new Date(now.getTime() + days * DAY_MS)) },
    select: { id: true, expiresAt: true },
  });
}

/**
 * The student's links on a lesson that still work, the newest first, each with its address in the report's language
 * (the token made again from the row).
 */
export async function listFamilyLinks(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  learnerId: string,
  language: 'en' | 'es',
  now = new Date(),
): Promise<FamilyLinkView[]> {
  if (!isUuid(classId) || !isUuid(learnerId)) return [];
  const links = await db().prisma.familyLink.findMany({
    where: { lessonSlug, revokedAt: null, expiresAt: { gt: now }, learner: ownStudent(teacherId, classId, learnerId) },
    select: { id: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
  });
  const origin = await publicOrigin();
  return links.map((link) => ({
    ...link,
    url: `${origin}${familyPath(language, signFamilyToken({ linkId: link.id, expiresAt: link.expiresAt }))}`,
  }));
}

/** Stops one of the student's links from working; false when it is not a link of this teacher's student. */
export async function revokeFamilyLink(
  teacherId: string,
  classId: string,
  learnerId: string,
  linkId: string,
  now = new Date(),
): Promise<boolean> {
  if (!isUuid(classId) || !isUuid(learnerId) || !isUuid(linkId)) return false;
  const { count } = await db().prisma.familyLink.updateMany({
    where: { id: linkId, revokedAt: null, learner: ownStudent(teacherId, classId, learnerId) },
    data: { revokedAt: now },
  });
  return count === 1;
}

/**
 * What a family link's token opens: its student, class and lesson, while the token is ours, unexpired and its link
 * neither revoked nor gone; null otherwise, the same null whatever the reason.
 */
export async function openFamilyLink(
  token: string,
  now = new Date(),
): Promise<{ learnerId: string; classId: string; lessonSlug: string } | null> {
  const claims = verifyFamilyToken(token, now);
  if (!claims) return null;
  return db().prisma.familyLink.findFirst({
    where: { id: claims.linkId, expiresAt: claims.expiresAt, revokedAt: null },
    select: { learnerId: true, classId: true, lessonSlug: true },
  });
}
