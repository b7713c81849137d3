'use server';

import { z } from 'zod';
import { teacherPostAction } from '@/server/action-kit';
import { openSection } from '@/server/assignments/pace';
import { KnownLessonSchema } from '@/server/lessons';

// Teacher-paced mode: the teacher opens the next section to the whole class. The form names the section it opens
// (what the teacher saw on the button), and opening is idempotent (server/assignments/pace.ts).

const OpenSectionSchema = z.object({
  classId: z.uuid(),
  lessonSlug: KnownLessonSchema,
  section: z.coerce.number().int().min(1).max(50),
});

/** Opens sections up to the one named; back to the pace page either way (a section the lesson lacks opens nothing). */
export const openSectionAction = teacherPostAction(
  { schema: OpenSectionSchema, invalidHref: '/teacher' },
  async ({ classId, lessonSlug: lesson, section }, { teacherId, redirectTo }) => {
    const sections = lesson.guided?.sections.length ?? 0;
    if (section < sections) await openSection(teacherId, classId, lesson.slug, section);
    return redirectTo(`/teacher/classes/${classId}/lessons/${lesson.slug}/pace`);
  },
);
