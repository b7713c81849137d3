'use server';

import { z } from 'zod';
import { STUCK_AFTER_CHOICES } from '@/lib/dashboard/live-status';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { teacherPostAction } from '@/server/action-kit';
import { KnownLessonSchema } from '@/server/lessons';
import { setStuckAfter } from '@/server/teacher/live-view';

// The live view's one form, without useActionState: it posts and comes back to the live view, with JavaScript or
// without. The class is the teacher's own or nothing changes (server/teacher/live-view.ts).

const StuckAfterSchema = z.object({
  classId: z.uuid(),
  lessonSlug: KnownLessonSchema,
  stuckAfterMinutes: z.coerce
    .number()
    .refine((minutes): minutes is (typeof STUCK_AFTER_CHOICES)[number] =>
      (STUCK_AFTER_CHOICES as readonly number[]).includes(minutes),
    ),
});

/** Sets after how many idle minutes the class's live view flags a student as stuck. */
export const setStuckAfterAction = teacherPostAction(
  { schema: StuckAfterSchema, invalidHref: '/teacher' },
  async ({ classId, lessonSlug: lesson, stuckAfterMinutes }, { teacherId, redirectTo }) => {
    // Another teacher's class changes nothing, and its address answers them with a 404 like every page of it.
    await setStuckAfter(teacherId, classId, stuckAfterMinutes);
    return redirectTo(`${classLessonPath(classId, lesson.slug)}/live`);
  },
);
