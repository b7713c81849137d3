import 'server-only';
import { getTranslations } from 'next-intl/server';
import { toCountedAttempt } from '@/lib/counted-attempt';
import { toCsv } from '@/lib/csv';
import { percent } from '@/lib/percent';
import { lateSql } from '../assignments/late';
import { db } from '../db/client';
import { getLesson } from '../lessons';
import { CLASS_ATTEMPT, COUNTED_ATTEMPT_ORDER } from './counted-attempts';

type Language = 'en' | 'es';

type Row = {
  id: string;
  displayName: string | null;
  counted: {
    lessonSlug: string;
    quizId: string;
    submitted: boolean;
    earned: number;
    possible: number;
    late: boolean;
  }[];
};

/**
 * A class's gradebook as a CSV file: one row per student, one column per assignment (for now, one per lesson) with the
 * student's score as a plain number (percent of the points of the counted attempts at every quiz of the lesson that
 * counts, by the class's rule; empty until each of them is submitted), then one "late" column per assignment (late
 * work on a practice quiz is not late). Null when the class is not the teacher's.
 */
export async function gradebookCsv(teacherId: string, classId: string, language: Language): Promise<string | null> {
  const klass = await db().prisma.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      countedAttempt: true,
      assignments: { select: { lessonSlug: true, practiceQuizIds: true }, orderBy: [{ dueAt: 'asc' }] },
    },
  });
  if (!klass) return null;
  // Each assignment with the quizzes that count in it: a practice quiz adds no points and is not waited for.
  const assignments = klass.assignments.flatMap(({ lessonSlug, practiceQuizIds }) => {
    const lesson = getLesson(lessonSlug);
    if (!lesson) return [];
    return [{ ...lesson, quizzes: lesson.quizzes.filter((quiz) => !practiceQuizIds.includes(quiz.id)) }];
  });
  const rows = await db().prisma.$queryRaw<Row[]>`
    SELECT l."id", l."displayName",
           COALESCE(json_agg(json_build_object('lessonSlug', t."lessonSlug", 'quizId', t."quizId",
             'submitted', t."status" = 'submitted', 'earned', COALESCE(t."pointsEarned", 0),
             'possible', COALESCE(t."pointsPossible", 0), 'late', t."late")) FILTER (WHERE t."quizId" IS NOT NULL), '[]') AS "counted"
    FROM "Learner" l
    JOIN "Class" c ON c."id" = l."classId" AND c."id" = ${classId}::uuid AND c."teacherId" = ${teacherId}::uuid
    LEFT JOIN LATERAL (
      SELECT DISTINCT ON (q."lessonSlug", q."quizId") q."lessonSlug", q."quizId", q."status", q."pointsEarned",
             q."pointsPossible", ${lateSql('q')} AS "late"
      FROM "QuizAttempt" q
      JOIN "Assignment" asg ON asg."classId" = c."id" AND asg."lessonSlug" = q."lessonSlug"
      WHERE q."learnerId" = l."id" AND ${CLASS_ATTEMPT}
      ORDER BY q."lessonSlug", q."quizId", ${COUNTED_ATTEMPT_ORDER}
    ) t ON true
    GROUP BY l."id", l."displayName"`;
  const [t, dashboard] = await Promise.all([
    getTranslations({ locale: language, namespace: 'ClassExport' }),
    getTranslations({ locale: language, namespace: 'TeacherDashboard' }),
  ]);
  const rule = dashboard(`countedAttempt.${toCountedAttempt(klass.countedAttempt)}`);
  const header = [
    t('student'),
    ...assignments.map((lesson) => t('gradebookScore', { lesson: lesson.meta.title[language], rule })),
    ...assignments.map((lesson) => t('gradebookLate', { lesson: lesson.meta.title[language] })),
  ];
  const body = [...rows]
    .map((row) => ({ ...row, displayName: row.displayName ?? '' }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, language))
    .map((row) => {
      // Per assignment: its quizzes' counted attempts, all submitted, or nothing to grade yet.
      const done = assignments.map((lesson) => {
        const counted = lesson.quizzes.map((quiz) =>
          row.counted.find((entry) => entry.lessonSlug === lesson.slug && entry.quizId === quiz.id),
        );
        return counted.every((entry) => entry?.submitted) ? counted.flatMap((entry) => entry ?? []) : null;
      });
      return [
        row.displayName,
        ...done.map((counted) =>
          counted
            ? percent(
                counted.reduce((sum, entry) => sum + entry.earned, 0),
                counted.reduce((sum, entry) => sum + entry.possible, 0),
              )
            : null,
        ),
        ...done.map((counted) => (counted ? (counted.some((entry) => entry.late) ? t('late') : t('onTime')) : '')),
      ];
    });
  return toCsv(header, body);
}
