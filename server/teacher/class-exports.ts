import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { QuizId } from '@/content/quiz-schema';
import type { QuizProgress } from '@/lib/dashboard/class-overview';
import { toCsv } from '@/lib/csv';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { formatInTimeZone } from '@/lib/time-zone';
import { answersCsv } from './answers-export';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from './counted-attempts';
import { getClassOverview } from './dashboard';
import { getAssignment } from '../assignments/teacher-assignments';
import { db } from '../db/client';

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
