import 'server-only';
import type { QuizItem, WrittenItem } from '@/content/quiz-schema';
import type { ItemResponse, WrittenResponse } from '@/lib/grading/responses';
import type { AttemptRecord } from '@/lib/dashboard/attempt-records';
import { percent } from '@/lib/percent';
import { isUuid } from '@/lib/ids';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from './counted-attempts';
import { db } from '../db/client';
import { describeResponse, shownOptions, type AnswerLabels } from '../quiz/answer-words';
import { notableSupports } from '@/lib/supports/profile';
import { sentenceQuote } from '../quiz/lesson-text';
import { EARLIER_VERSIONS_SQL, earlierVersions, LATE_REVISION_SQL } from '../quiz/written-versions';

type Language = 'en' | 'es';

type Row = {
  attemptId: string;
  quizId: string;
  number: number;
  status: string;
  counted: boolean;
  optionSeed: number;
  locale: string | null;
  startedAt: Date;
  submittedAt: Date | null;
  pointsEarned: number | null;
  pointsPossible: number | null;
  itemId: string | null;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  answeredAt: Date | null;
  rubricLevel: number | null;
  teacherComment: string | null;
  scoredAt: Date | null;
  returnedAt: Date | null;
  version: number | null;
  revisionRequestedAt: Date | null;
  earlier: unknown;
  lateRevision: boolean;
  supportsOn: string[] | null;
};

/**
 * Every class attempt and every answer of one student of one of the teacher's classes, newest attempt first, answers
 * in quiz order, the attempt that counts marked. Null when the student is not in a class of this teacher.
 */
export async function getStudentAnswers(
  teacherId: string,
  classId: string,
  learnerId: string,
  lesson: LoadedLesson,
  language: Language,
  labels: AnswerLabels,
): Promise<{ displayName: string; attempts: AttemptRecord[] } | null> {
  if (!isUuid(classId) || !isUuid(learnerId)) return null;
  const learner = await db().prisma.learner.findFirst({
    where: { id: learnerId, classId, class: { teacherId } },
    select: { displayName: true },
  });
  if (!learner) return null;
  const rows = await db().prisma.$queryRaw<Row[]>`
    WITH attempts AS (
      SELECT q.* FROM "QuizAttempt" q WHERE q."learnerId" = ${learnerId}::uuid AND q."lessonSlug" = ${lesson.slug} AND ${CLASS_ATTEMPT}
    ),
    counted AS (
      SELECT DISTINCT ON (q."quizId") q."id" FROM attempts q JOIN "Class" c ON c."id" = ${classId}::uuid
      ORDER BY q."quizId", ${COUNTED_ATTEMPT_ORDER}
    )
    SELECT q."id" AS "attemptId", q."quizId", q."number", q."status", q."id" IN (SELECT "id" FROM counted) AS "counted", q."optionSeed",
           q."locale", q."startedAt", q."submittedAt", q."pointsEarned", q."pointsPossible",
           a."itemId", a."response", a."correct", a."score", a."updatedAt" AS "answeredAt",
           a."rubricLevel", a."teacherComment", a."scoredAt", a."returnedAt", a."version", a."revisionRequestedAt",
           ${EARLIER_VERSIONS_SQL} AS "earlier", ${LATE_REVISION_SQL} AS "lateRevision", a."supportsOn"
    FROM attempts q
    LEFT JOIN "QuizAnswer" a ON a."attemptId" = q."id"
    LEFT JOIN "Assignment" asg ON asg."classId" = ${classId}::uuid AND asg."lessonSlug" = q."lessonSlug"
    ORDER BY q."startedAt" DESC, q."quizId", q."number" DESC`;
  return { displayName: learner.displayName ?? '', attempts: groupAttempts(rows, lesson, language, labels) };
}

/** A written answer's language, picked sentences, and the teacher's level and comment, for the drill-down. */
function writtenRecord(lesson: LoadedLesson, item: WrittenItem, row: Row, language: Language) {
  const response = row.response as WrittenResponse;
  const level = row.rubricLevel ? item.rubric[row.rubricLevel - 1] : undefined;
  return {
    language: response.language,
    evidence: response.evidence.map((id) => sentenceQuote(lesson, id, language).text),
    level: level ? { number: row.rubricLevel!, of: item.rubric.length, label: level.label[language] } : null,
    comment: row.teacherComment,
    returned: row.scoredAt !== null && row.returnedAt !== null && row.returnedAt >= row.scoredAt,
    version: row.version ?? 1,
    revisionRequested: row.revisionRequestedAt !== null,
    lateRevision: row.lateRevision,
    earlier: earlierVersions(row.earlier).map((version) => ({
      version: version.version,
      text: version.response.text,
      language: version.response.language,
      evidence: version.response.evidence.map((id) => sentenceQuote(lesson, id, language).text),
      level: {
        number: version.level,
        of: item.rubric.length,
        label: item.rubric[version.level - 1]?.label[language] ?? '',
      },
      comment: version.comment,
      late: version.late,
    })),
  };
}

function groupAttempts(rows: Row[], lesson: LoadedLesson, language: Language, labels: AnswerLabels): AttemptRecord[] {
  const attempts = new Map<string, AttemptRecord>();
  for (const row of rows) {
    const quiz = lesson.quizzes.find((candidate) => candidate.id === row.quizId);
    if (!quiz) continue;
    let attempt = attempts.get(row.attemptId);
    if (!attempt) {
      attempt = {
        id: row.attemptId,
        quizId: row.quizId,
        quizTitle: quiz.title[language],
        number: row.number,
        status: row.status === 'submitted' ? 'submitted' : 'in_progress',
        counted: row.counted,
        locale: row.locale === 'en' || row.locale === 'es' ? row.locale : null,
        startedAt: row.startedAt,
        submittedAt: row.submittedAt,
        percent: row.status === 'submitted' ? percent(row.pointsEarned ?? 0, row.pointsPossible ?? 0) : null,
        answers: [],
      };
      attempts.set(row.attemptId, attempt);
    }
    const position = quiz.items.findIndex((item) => item.id === row.itemId);
    if (position < 0 || !row.answeredAt) continue;
    const item: QuizItem = quiz.items[position]!;
    const options = shownOptions(item, row.response as ItemResponse, row.optionSeed, language);
    attempt.answers.push({
      position: position + 1,
      itemId: item.id,
      prompt: item.prompt[language],
      answer: describeResponse(lesson, item, row.response as ItemResponse, language, labels, row.optionSeed),
      ...(options ? { options } : {}),
      ...(item.type === 'written' ? { written: writtenRecord(lesson, item, row, language) } : {}),
      correct: row.correct,
      score: row.score,
      answeredAt: row.answeredAt,
      supports: notableSupports(row.supportsOn ?? []),
    });
  }
  for (const attempt of attempts.values()) attempt.answers.sort((a, b) => a.position - b.position);
  return [...attempts.values()];
}
