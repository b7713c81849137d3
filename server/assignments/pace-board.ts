import 'server-only';
import type { Section } from '@/content/sections-schema';
import { countSections, type PaceBoard, type StudentPace } from '@/lib/assignments/pace-counts';
import { isUuid } from '@/lib/ids';
import { db } from '../db/client';

type PacedLesson = { sections: readonly Section[]; checkpointQuizId: string; paragraphIds: readonly string[] };

/**
 * The teacher-paced assignment of a lesson in this teacher's class, with per section how many students have reached
 * its checkpoint and finished it (lib/assignments/pace-counts.ts). Null when the class is not theirs or the lesson is
 * not run from the front. One query for the assignment, one for the class's students.
 */
export async function getPaceBoard(
  teacherId: string,
  classId: string,
  lessonSlug: string,
  { sections, checkpointQuizId, paragraphIds }: PacedLesson,
): Promise<PaceBoard | null> {
  if (!isUuid(classId)) return null;
  const assignment = await db().prisma.assignment.findFirst({
    where: { classId, lessonSlug, pacing: 'teacher', class: { teacherId } },
    select: { openedSection: true },
  });
  if (!assignment) return null;
  const students = await db().prisma.$queryRaw<StudentPace[]>`
    SELECT rp."furthestParagraph",
           COALESCE((SELECT array_agg(DISTINCT a."itemId") FROM "QuizAnswer" a
                     JOIN "QuizAttempt" x ON x."id" = a."attemptId"
                     WHERE x."learnerId" = l."id" AND x."lessonSlug" = ${lessonSlug}
                       AND x."quizId" = ${checkpointQuizId} AND x."practice" = false), '{}') AS "answered"
    FROM "Learner" l
    LEFT JOIN "ReadingProgress" rp ON rp."learnerId" = l."id" AND rp."lessonSlug" = ${lessonSlug}
    WHERE l."classId" = ${classId}::uuid`;
  return {
    openedSection: assignment.openedSection,
    students: students.length,
    sections: countSections(sections, paragraphIds, students),
  };
}
