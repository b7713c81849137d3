import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { QuizId } from '@/content/quiz-schema';
import type { QuizProgress } from '@/lib/dashboard/class-overview';
import { toCsv } from '@/lib/csv';
import type { ItemResponse } from '@/lib/grading/responses';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { formatInTimeZone } from '@/lib/time-zone';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from './counted-attempts';
import { getClassOverview } from './dashboard';
import { lateSql } from '../assignments/late';
import { getAssignment } from '../assignments/teacher-assignments';
import { db } from '../db/client';
import { answerLabels } from '../quiz/answer-labels';
import { describeResponse } from '../quiz/answer-words';
import { sentenceQuote } from '../quiz/lesson-text';

type Language = 'en' | 'es';
export type ExportKind = 'students' | 'answers';

/**
 * A class's data as a CSV file, with headers and words in the teacher's language and times in their zone (with the
 * offset); null when the class is not theirs.
 */
export async function classCsv(
  kind: ExportKind,
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  language: Language,
  timeZone = 'UTC',
): Promise<string | null> {
  return kind === 'students'
    ? studentsCsv(teacherId, classId, lesson, language, timeZone)
    : answersCsv(teacherId, classId, lesson, language, timeZone);
}

/** Per student, the rubric level of each written answer in their counted attempt at each quiz. */
async function countedRubricLevels(classId: string, lesson: LoadedLesson): Promise<Map<string, Map<string, number>>> {
  const rows = await db().prisma.$queryRaw<{ learnerId: string; itemId: string; rubricLevel: number }[]>`
    WITH counted AS (
      SELECT DISTINCT ON (q."learnerId", q."quizId") q."id", q."learnerId"
      FROM "QuizAttempt" q
      JOIN "Learner" l ON l."id" = q."learnerId"
      JOIN "Class" c ON c."id" = l."classId"
      WHERE l."classId" = ${classId}::uuid AND q."lessonSlug" = ${lesson.slug} AND ${CLASS_ATTEMPT}
      ORDER BY q."learnerId", q."quizId", ${COUNTED_ATTEMPT_ORDER}
    )
    SELECT counted."learnerId", a."itemId", a."rubricLevel"
    FROM counted JOIN "QuizAnswer" a ON a."attemptId" = counted."id"
    WHERE a."rubricLevel" IS NOT NULL`;
  const levels = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const student = levels.get(row.learnerId) ?? new Map<string, number>();
    student.set(row.itemId, row.rubricLevel);
    levels.set(row.learnerId, student);
  }
  return levels;
}

/**
 * One row per student: status, reading progress, the counted score per quiz (the header names the rule), the rubric
 * level of each written answer in that attempt, language, joined, last activity.
 */
async function studentsCsv(
  teacherId: string,
  classId: string,
  lesson: LoadedLesson,
  language: Language,
  timeZone: string,
): Promise<string | null> {
  const quizIds = lesson.quizzes.map((quiz) => quiz.id);
  const overview = await getClassOverview(teacherId, classId, {
    slug: lesson.slug,
    paragraphCount: lesson.article.paragraphs.length,
    quizIds,
  });
  if (!overview) return null;
  const levels = await countedRubricLevels(classId, lesson);
  // Only an assigned lesson has a due date to be late for: its columns appear only then.
  const assigned = (await getAssignment(teacherId, classId, lesson.slug)) !== null;
  const timeliness = (progress: QuizProgress | undefined) =>
    progress?.status !== 'submitted' ? '' : progress.late ? t('late') : t('onTime');
  const written = lesson.quizzes.flatMap((quiz) =>
    quiz.items.flatMap((item, index) =>
      item.type === 'written' ? [{ quiz: quiz.title[language], number: index + 1, itemId: item.id }] : [],
    ),
  );
  const t = await getTranslations({ locale: language, namespace: 'ClassExport' });
  const dashboard = await getTranslations({ locale: language, namespace: 'TeacherDashboard' });
  const rule = dashboard(`countedAttempt.${overview.countedAttempt}`);
  const header = [
    t('student'),
    t('status'),
    t('reading'),
    ...lesson.quizzes.map((quiz) => t('score', { quiz: quiz.title[language], rule })),
    ...(assigned ? lesson.quizzes.map((quiz) => t('timeliness', { quiz: quiz.title[language] })) : []),
    ...written.map((entry) => t('writtenLevel', { quiz: entry.quiz, number: entry.number })),
    t('language'),
    t('joinedAt', { zone: timeZone }),
    t('lastActivity', { zone: timeZone }),
  ];
  const rows = [...overview.students]
    .sort((a, b) => a.displayName.localeCompare(b.displayName, language))
    .map((student) => [
      student.displayName,
      dashboard(`status.${student.status}`),
      student.readingPercent,
      ...quizIds.map((quizId: QuizId) => student.scores[quizId] ?? null),
      ...(assigned ? quizIds.map((quizId) => timeliness(student.quizzes[quizId])) : []),
      ...written.map((entry) => levels.get(student.id)?.get(entry.itemId) ?? null),
      student.language ?? '',
      formatInTimeZone(student.joinedAt, timeZone),
      student.lastActivity ? formatInTimeZone(student.lastActivity, timeZone) : '',
    ]);
  return toCsv(header, rows);
}

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
  submitted: boolean;
  late: boolean;
  /** Whether the class has an assignment of the lesson (every row says the same). */
  assigned: boolean;
};

/** One row per saved answer of every student, in every class attempt, saying whether that attempt counts. */
async function answersCsv(
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
           q."status" = 'submitted' AS "submitted", q."late", q."assigned"
    FROM attempts q
    JOIN "QuizAnswer" a ON a."attemptId" = q."id"
    ORDER BY q."displayName", q."quizId", q."number", a."updatedAt"`;
  const t = await getTranslations({ locale: language, namespace: 'ClassExport' });
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
  ];
  const body = rows.flatMap((row) => {
    const quiz = lesson.quizzes.find((candidate) => candidate.id === row.quizId);
    const position = quiz?.items.findIndex((item) => item.id === row.itemId) ?? -1;
    if (!quiz || position < 0) return [];
    const item = quiz.items[position]!;
    const verdict = row.correct === null ? t('notGraded') : row.correct ? t('yes') : t('no');
    return [
      [
        row.displayName ?? '',
        quiz.title[language],
        row.number,
        row.counted ? t('yes') : t('no'),
        ...(assigned ? [!row.submitted ? '' : row.late ? t('late') : t('onTime')] : []),
        position + 1,
        item.id,
        describeResponse(lesson, item, row.response as ItemResponse, language, labels, row.optionSeed).join(' | '),
        verdict,
        row.score === null ? null : Math.round(row.score * 100) / 100,
        formatInTimeZone(row.answeredAt, timeZone),
        row.locale ?? '',
        // A written answer's picked sentences, and the teacher's level and comment as last saved (toCsv neutralizes
        // any cell a spreadsheet would read as a formula, the student's text included).
        item.type === 'written'
          ? ((row.response as { evidence?: string[] }).evidence ?? [])
              .map((id) => sentenceQuote(lesson, id, language).text)
              .join(' | ')
          : '',
        row.rubricLevel,
        row.teacherComment ?? '',
      ],
    ];
  });
  return toCsv(header, body);
}
