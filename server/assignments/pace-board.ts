import 'server-only';
import type { Section } from '@/content/sections-schema';
import { isUuid } from '@/lib/ids';
import { db } from '../db/client';

/** One section's line on the teacher's screen: how many students have reached its checkpoint and finished it. */
export type SectionCount = {
  id: string;
  /** Its first and last paragraphs' ids. */
  from: string;
  through: string;
  checkpoints: number;
  reached: number;
  finished: number;
};

type PacedLesson = { sections: readonly Section[]; checkpointQuizId: string; paragraphIds: readonly string[] };

export type PaceBoard = {
  /** The last section opened to the class (0-based). */
  openedSection: number;
  students: number;
  sections: SectionCount[];
};

type StudentRow = { furthestParagraph: number | null; answered: string[] };

/**
 * The teacher-paced assignment of a lesson in this teacher's class, with per section how many students have reached
 * its checkpoint (read to its last paragraph, or answered one of its questions) and finished it (answered every
 * question; a section without questions is finished once reached). Null when the class is not theirs or the lesson
 * is not run from the front. One query for the assignment, one for the class's students.
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
  const rows = await db().prisma.$queryRaw<StudentRow[]>`
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
    students: rows.length,
    sections: sections.map((section, index) => ({
      ...countSection(section, rows),
      // A section starts on the paragraph after the previous section's last.
      from: index === 0 ? paragraphIds[0]! : paragraphIds[paragraphIds.indexOf(sections[index - 1]!.through) + 1]!,
    })),
  };
}

/** Paragraph ids are `p1`, `p2`…: the number is its place, as ReadingProgress counts. */
const paragraphNumber = (id: string) => Number(id.slice(1));

function countSection(section: Section, rows: readonly StudentRow[]): Omit<SectionCount, 'from'> {
  let reached = 0;
  let finished = 0;
  for (const { furthestParagraph, answered } of rows) {
    const answeredHere = section.checkpoints.filter((item) => answered.includes(item)).length;
    const readThrough = (furthestParagraph ?? 0) >= paragraphNumber(section.through);
    if (readThrough || answeredHere > 0) reached += 1;
    if (answeredHere === section.checkpoints.length && (readThrough || answeredHere > 0)) finished += 1;
  }
  return {
    id: section.id,
    through: section.through,
    checkpoints: section.checkpoints.length,
    reached,
    finished,
  };
}
