import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { QuizId } from '@/content/quiz-schema';
import { toCsv } from '@/lib/csv';
import type { ItemResponse } from '@/lib/grading/responses';
import { getClassOverview } from './dashboard';
import { db } from './db';
import type { LoadedLesson } from './lessons';
import { answerLabels } from './quiz-feedback';
import { describeResponse } from './quizzes';

type Language = 'en' | 'es';
export type ExportKind = 'students' | 'answers';

/** A class's data as a CSV file, with headers and words in the teacher's language; null when the class is not theirs. */
export async function classCsv(kind: ExportKind, teacherId: string, classId: string, lesson: LoadedLesson, language: Language): Promise<string | null> {
  return kind === 'students' ? studentsCsv(teacherId, classId, lesson, language) : answersCsv(teacherId, classId, lesson, language);
}

/** One row per student: status, reading progress, latest score per quiz, language, last activity. */
async function studentsCsv(teacherId: string, classId: string, lesson: LoadedLesson, language: Language): Promise<string | null> {
  const quizIds = lesson.quizzes.map((quiz) => quiz.id);
  const overview = await getClassOverview(teacherId, classId, { slug: lesson.slug, paragraphCount: lesson.article.paragraphs.length, quizIds });
  if (!overview) return null;
  const t = await getTranslations({ locale: language, namespace: 'ClassExport' });
  const dashboard = await getTranslations({ locale: language, namespace: 'TeacherDashboard' });
  const header = [t('student'), t('status'), t('reading'), ...lesson.quizzes.map((quiz) => t('score', { quiz: quiz.title[language] })), t('language'), t('lastActivity')];
  const rows = [...overview.students]
    .sort((a, b) => a.displayName.localeCompare(b.displayName, language))
    .map((student) => [
      student.displayName,
      dashboard(`status.${student.status}`),
      student.readingPercent,
      ...quizIds.map((quizId: QuizId) => student.scores[quizId] ?? null),
      student.language ?? '',
      student.lastActivity?.toISOString() ?? '',
    ]);
  return toCsv(header, rows);
}

type AnswerRow = {
  displayName: string | null;
  quizId: string;
  number: number;
  locale: string | null;
  itemId: string;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  answeredAt: Date;
};

/** One row per saved answer of every student, in every attempt. */
async function answersCsv(teacherId: string, classId: string, lesson: LoadedLesson, language: Language): Promise<string | null> {
  const owned = await db().prisma.class.count({ where: { id: classId, teacherId } });
  if (!owned) return null;
  const rows = await db().prisma.$queryRaw<AnswerRow[]>`
    SELECT l."displayName", q."quizId", q."number", q."locale", a."itemId", a."response", a."correct", a."score", a."updatedAt" AS "answeredAt"
    FROM "Learner" l
    JOIN "Class" c ON c."id" = l."classId" AND c."id" = ${classId}::uuid AND c."teacherId" = ${teacherId}::uuid
    JOIN "QuizAttempt" q ON q."learnerId" = l."id" AND q."lessonSlug" = ${lesson.slug}
    JOIN "QuizAnswer" a ON a."attemptId" = q."id"
    ORDER BY l."displayName", q."quizId", q."number", a."updatedAt"`;
  const t = await getTranslations({ locale: language, namespace: 'ClassExport' });
  const labels = await answerLabels(language);
  const header = [t('student'), t('quiz'), t('attempt'), t('question'), t('itemId'), t('answer'), t('correct'), t('points'), t('answeredAt'), t('language')];
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
        position + 1,
        item.id,
        describeResponse(lesson, item, row.response as ItemResponse, language, labels).join(' | '),
        verdict,
        row.score === null ? null : Math.round(row.score * 100) / 100,
        row.answeredAt.toISOString(),
        row.locale ?? '',
      ],
    ];
  });
  return toCsv(header, body);
}
