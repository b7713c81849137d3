import 'server-only';
import type { Quiz, WrittenItem } from '@/content/quiz-schema';
import { Prisma } from '@/generated/prisma/client';
import { attemptPoints } from '@/lib/grading/grade-item';
import { isUuid } from '@/lib/ids';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { CLASS_ATTEMPT } from './counted-attempts';
import { db } from '../db/client';

/**
 * Returns the class's scored written answers of a quiz to their students: each level becomes the answer's score
 * (level 1 scores 0, the top level 1, evenly between) and grade, with the comment; each attempt's points are
 * counted again (recountPoints), and the student is told there is feedback to see (server/quiz/teacher-feedback.ts).
 * An answer whose score asks for a revision is kept as it stands as an earlier version, and opened to the student
 * (requestRevisions). Only answers scored since their last return change, so returning twice changes nothing. Returns
 * how many answers were returned, or null when the class is not this teacher's.
 */
export async function returnWrittenScores(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  quiz: Quiz,
): Promise<number | null> {
  if (!isUuid(classId)) return null;
  const writtenItems = quiz.items.filter((item): item is WrittenItem => item.type === 'written');
  return db().prisma.$transaction(async (tx) => {
    const owned = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Class" WHERE "id" = ${classId}::uuid AND "teacherId" = ${teacherId}::uuid FOR UPDATE`;
    if (!owned.length) return null;
    const attempts = new Set<string>();
    let answers = 0;
    for (const item of writtenItems) {
      const top = item.rubric.length;
      const returned = await tx.$queryRaw<{ attemptId: string; revisionAsked: boolean }[]>`
        UPDATE "QuizAnswer" a
        SET "score" = (a."rubricLevel" - 1)::float8 / ${top - 1},
            "correct" = a."rubricLevel" = ${top},
            "grade" = jsonb_build_object(
              'score', (a."rubricLevel" - 1)::float8 / ${top - 1},
              'correct', a."rubricLevel" = ${top},
              'misconceptions', '[]'::jsonb,
              'rubric', jsonb_build_object('level', a."rubricLevel", 'comment', a."teacherComment")),
            "returnedAt" = a."scoredAt"
        FROM "QuizAttempt" q, "Learner" l
        WHERE a."itemId" = ${item.id} AND a."rubricLevel" IS NOT NULL
          AND (a."returnedAt" IS NULL OR a."returnedAt" < a."scoredAt")
          AND q."id" = a."attemptId" AND q."lessonSlug" = ${lesson.slug} AND q."quizId" = ${quiz.id}
          AND q."status" = 'submitted' AND ${CLASS_ATTEMPT}
          AND l."id" = q."learnerId" AND l."classId" = ${classId}::uuid
        RETURNING a."attemptId", a."revisionAsked"`;
      answers += returned.length;
      for (const row of returned) attempts.add(row.attemptId);
      const revise = returned.filter((row) => row.revisionAsked).map((row) => row.attemptId);
      if (revise.length) await requestRevisions(tx, item.id, revise);
    }
    if (attempts.size) await recountPoints(tx, quiz, [...attempts]);
    return answers;
  });
}

/**
 * Asks for a revision of these attempts' answers to one item, just returned: each is kept as it stands (text, level,
 * comment, when handed in, scored and returned) as an earlier version in "WrittenRevision", and the answer becomes the
 * next version, open to its student (revisionRequestedAt), without a level of its own yet. Its score stays the
 * returned one until the revision's is returned. The version's key makes keeping it twice impossible.
 */
async function requestRevisions(tx: Prisma.TransactionClient, itemId: string, attemptIds: string[]): Promise<void> {
  const ids = Prisma.join(attemptIds.map((id) => Prisma.sql`${id}::uuid`));
  await tx.$executeRaw`
    INSERT INTO "WrittenRevision"
      ("attemptId", "itemId", "version", "response", "rubricLevel", "teacherComment", "submittedAt", "scoredAt",
       "returnedAt")
    SELECT a."attemptId", a."itemId", a."version", a."response", a."rubricLevel", a."teacherComment",
           COALESCE(a."revisedAt", q."submittedAt", a."updatedAt"), a."scoredAt", a."returnedAt"
    FROM "QuizAnswer" a JOIN "QuizAttempt" q ON q."id" = a."attemptId"
    WHERE a."itemId" = ${itemId} AND a."attemptId" IN (${ids}) AND a."revisionAsked"
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    UPDATE "QuizAnswer"
    SET "version" = "version" + 1, "revisionAsked" = false, "revisionRequestedAt" = clock_timestamp(),
        "revisedAt" = NULL, "rubricLevel" = NULL, "teacherComment" = NULL, "scoredAt" = NULL
    WHERE "itemId" = ${itemId} AND "attemptId" IN (${ids}) AND "revisionAsked"`;
}

/**
 * Counts the attempts' points again from their stored scores, by the rule a submit counts them with (`attemptPoints`):
 * an item without an answer scores 0, a written answer still waiting for its score is not counted. The students are
 * told there is feedback to see.
 */
async function recountPoints(tx: Prisma.TransactionClient, quiz: Quiz, attemptIds: string[]): Promise<void> {
  const rows = await tx.quizAnswer.findMany({
    where: { attemptId: { in: attemptIds } },
    select: { attemptId: true, itemId: true, score: true },
  });
  const scores = new Map(rows.map((row) => [`${row.attemptId}:${row.itemId}`, row.score]));
  const points = attemptIds.map((id) => {
    const { pointsEarned, pointsPossible } = attemptPoints(
      quiz.items.map((item) => {
        const score = scores.get(`${id}:${item.id}`);
        return score === undefined ? 0 : score;
      }),
    );
    return Prisma.sql`(${id}::uuid, ${pointsEarned}::float8, ${pointsPossible}::int)`;
  });
  await tx.$executeRaw`
    UPDATE "QuizAttempt" q
    SET "pointsEarned" = v."earned", "pointsPossible" = v."possible", "feedbackSeenAt" = NULL
    FROM (VALUES ${Prisma.join(points)}) AS v("id", "earned", "possible")
    WHERE q."id" = v."id"`;
}
