import 'server-only';
import { getTranslations } from 'next-intl/server';
import { toCsv } from '@/lib/csv';
import { writtenStatus } from '@/lib/dashboard/written-scoring';
import type { ItemResponse } from '@/lib/grading/responses';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { formatInTimeZone } from '@/lib/time-zone';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from './counted-attempts';
import { lateSql } from '../assignments/late';
import { db } from '../db/client';
import { notableSupports } from '@/lib/supports/profile';
import { answerLabels } from '../quiz/answer-labels';
import { describeResponse } from '../quiz/answer-words';
import { sentenceQuote } from '../quiz/lesson-text';
import { EARLIER_VERSIONS_SQL, earlierVersions, LATE_REVISION_SQL } from '../quiz/written-versions';

type Language = 'en' | 'es';

type AnswerRow = {
  displayName: string | null;
  quizId: string;
  number: number;
  counted: boolean;
  optionSeed: number;
  locale: string | null;
  itemId: string;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  answeredAt: Date;
  rubricLevel: number | null;
  teacherComment: string | null;
  scoredAt: Date | null;
  returnedAt: Date | null;
  version: number;
  revisedAt: Date | null;
  earlier: unknown;
  lateRevision: boolean;
  submitted: boolean;
  late: boolean;
  /** Whether the class has an assignment of the lesson (every row says the same). */
  assigned: boolean;
  supportsOn: string[];
};

/**
 * One row per saved answer of every student, in every class attempt, saying whether that attempt counts; a revised
 * written answer has a row per version. Null when the class is not this teacher's.
 */
export async function answersCsv(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  language: Language,
  timeZone: string,
): Promise<string | null> {
  const owned = await db().prisma.class.count({ where: { id: classId, teacherId } });
  if (!owned) return null;
  const rows = await db().prisma.$queryRaw<AnswerRow[]>`
    WITH attempts AS (
      SELECT l."displayName", q.*, ${lateSql('q')} AS "late", asg."id" IS NOT NULL AS "assigned"
      FROM "Learner" l
      JOIN "Class" c ON c."id" = l."classId" AND c."id" = ${classId}::uuid AND c."teacherId" = ${teacherId}::uuid
      JOIN "QuizAttempt" q ON q."learnerId" = l."id" AND q."lessonSlug" = ${lesson.slug} AND ${CLASS_ATTEMPT}
      LEFT JOIN "Assignment" asg ON asg."classId" = c."id" AND asg."lessonSlug" = ${lesson.slug}
    ),
    counted AS (
      SELECT DISTINCT ON (q."learnerId", q."quizId") q."id" FROM attempts q JOIN "Class" c ON c."id" = ${classId}::uuid
      ORDER BY q."learnerId", q."quizId", ${COUNTED_ATTEMPT_ORDER}
    )
    SELECT q."displayName", q."quizId", q."number", q."id" IN (SELECT "id" FROM counted) AS "counted", q."optionSeed", q."locale",
           a."itemId", a."response", a."correct", a."score", a."updatedAt" AS "answeredAt", a."rubricLevel", a."teacherComment",
           a."scoredAt", a."returnedAt", a."version", a."revisedAt", ${EARLIER_VERSIONS_SQL} AS "earlier",
           ${LATE_REVISION_SQL} AS "lateRevision", q."status" = 'submitted' AS "submitted", q."late", q."assigned",
           a."supportsOn"
    FROM attempts q
    JOIN "QuizAnswer" a ON a."attemptId" = q."id"
    LEFT JOIN "Assignment" asg ON asg."classId" = ${classId}::uuid AND asg."lessonSlug" = q."lessonSlug"
    ORDER BY q."displayName", q."quizId", q."number", a."updatedAt"`;
  const t = await getTranslations({ locale: language, namespace: 'ClassExport' });
  const supportName = await getTranslations({ locale: language, namespace: 'Supports.names' });
  const labels = await answerLabels(language);
  const assigned = rows[0]?.assigned ?? false;
  const header = [
    t('student'),
    t('quiz'),
    t('attempt'),
    t('counted'),
    ...(assigned ? [t('attemptTimeliness')] : []),
    t('question'),
    t('itemId'),
    t('answer'),
    t('correct'),
    t('points'),
    t('answeredAt', { zone: timeZone }),
    t('language'),
    t('evidence'),
    t('level'),
    t('comment'),
    t('version'),
    t('supports'),
  ];
  const body = rows.flatMap((row) => {
    const quiz = lesson.quizzes.find((candidate) => candidate.id === row.quizId);
    const position = quiz?.items.findIndex((item) => item.id === row.itemId) ?? -1;
    if (!quiz || position < 0) return [];
    const item = quiz.items[position]!;
    const verdict = (correct: boolean | null) => (correct === null ? t('notGraded') : correct ? t('yes') : t('no'));
    const timeliness = (late: boolean | null) => (late === null ? '' : late ? t('late') : t('onTime'));
    const evidence = (response: unknown) =>
      item.type === 'written'
        ? ((response as { evidence?: string[] }).evidence ?? [])
            .map((id) => sentenceQuote(lesson, id, language).text)
            .join(' | ')
        : '';
    const line = (cells: {
      version: number;
      response: unknown;
      correct: boolean | null;
      points: number | null;
      at: Date;
      late: boolean | null;
      level: number | null;
      comment: string;
      /** The supports recorded with this version; earlier versions of a written answer recorded none. */
      supports: string[];
    }) => [
      row.displayName ?? '',
      quiz.title[language],
      row.number,
      row.counted ? t('yes') : t('no'),
      ...(assigned ? [timeliness(cells.late)] : []),
      position + 1,
      item.id,
      describeResponse(lesson, item, cells.response as ItemResponse, language, labels, row.optionSeed).join(' | '),
      verdict(cells.correct),
      cells.points === null ? null : Math.round(cells.points * 100) / 100,
      formatInTimeZone(cells.at, timeZone),
      row.locale ?? '',
      // A written answer's picked sentences, and the teacher's level and comment as last saved (toCsv neutralizes
      // any cell a spreadsheet would read as a formula, the student's text included).
      evidence(cells.response),
      cells.level,
      cells.comment,
      cells.version,
      notableSupports(cells.supports)
        .map((id) => supportName(id))
        .join(' | '),
    ];
    // Revise and resubmit: each earlier version on a row of its own, with the level it was returned with; the
    // current version's points only once its own level is returned (until then the earlier one counts).
    const top = item.type === 'written' ? item.rubric.length : 1;
    const earlier = earlierVersions(row.earlier).map((version) =>
      line({
        version: version.version,
        response: version.response,
        correct: version.level === top,
        points: (version.level - 1) / Math.max(top - 1, 1),
        at: version.submittedAt,
        late: row.submitted ? version.late : null,
        level: version.level,
        comment: version.comment,
        supports: [],
      }),
    );
    const revision = row.version > 1;
    const ownLevelReturned = writtenStatus({ ...row, level: row.rubricLevel }) === 'returned';
    const current = line({
      version: row.version,
      response: row.response,
      correct: revision && !ownLevelReturned ? null : row.correct,
      points: revision && !ownLevelReturned ? null : row.score,
      at: row.answeredAt,
      late: !row.submitted ? null : revision ? (row.revisedAt ? row.lateRevision : null) : row.late,
      level: row.rubricLevel,
      comment: row.teacherComment ?? '',
      supports: row.supportsOn,
    });
    return [...earlier, current];
  });
  return toCsv(header, body);
}
