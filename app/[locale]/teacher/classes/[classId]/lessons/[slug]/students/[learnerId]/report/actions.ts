'use server';

import { CreateFamilyLinkSchema, RevokeFamilyLinkSchema } from '@/lib/reports/family-link-form';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { teacherPostAction } from '@/server/action-kit';
import { createFamilyLink, revokeFamilyLink } from '@/server/reports/family-links';
import { KnownLessonSchema } from '@/server/lessons';

// A student's family links: made and revoked only for a student of the signed-in teacher's class, in the statements
// themselves (server/reports/family-links.ts). Both post and redirect back to the report, so they work without
// JavaScript; anything else (another teacher's student, a forged form) goes to the teacher's home and changes nothing.

const reportPath = (ids: { classId: string; lessonSlug: string; learnerId: string }) =>
  `${classLessonPath(ids.classId, ids.lessonSlug)}/students/${ids.learnerId}/report`;

/** A new link to the student's report on the lesson, working for the chosen number of days. */
export const createFamilyLinkAction = teacherPostAction(
  { schema: CreateFamilyLinkSchema.extend({ lessonSlug: KnownLessonSchema }), invalidHref: '/teacher' },
  async ({ classId, lessonSlug: lesson, learnerId, days }, context) => {
    const created = await createFamilyLink(context.teacherId, classId, lesson.slug, learnerId, days);
    if (!created) context.redirectTo('/teacher');
    context.redirectTo(`${reportPath({ classId, lessonSlug: lesson.slug, learnerId })}?link=created`);
  },
);

/** Stops one of the student's links from working. */
export const revokeFamilyLinkAction = teacherPostAction(
  { schema: RevokeFamilyLinkSchema.extend({ lessonSlug: KnownLessonSchema }), invalidHref: '/teacher' },
  async ({ classId, lessonSlug: lesson, learnerId, linkId }, context) => {
    const revoked = await revokeFamilyLink(context.teacherId, classId, learnerId, linkId);
    if (!revoked) context.redirectTo('/teacher');
    context.redirectTo(`${reportPath({ classId, lessonSlug: lesson.slug, learnerId })}?link=revoked`);
  },
);
