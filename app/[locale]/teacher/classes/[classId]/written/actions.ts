'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { QuizIdSchema } from '@/content/quiz-schema';
import type { ActionResult } from '@/lib/action-result';
import { teacherAction } from '@/server/action-kit';
import { getLesson, lessonSlugs } from '@/server/lessons';
import { returnWrittenScores, scoreWrittenAnswer } from '@/server/teacher/written-scores';

const lessonQuiz = (quizId: string) => getLesson(lessonSlugs()[0]!)!.quizzes.find((quiz) => quiz.id === quizId)!;
const SCORING_PAGE = '/[locale]/teacher/classes/[classId]/written/[quizId]';

const ScoreSchema = z.object({
  classId: z.string().max(40),
  quizId: QuizIdSchema,
  attemptId: z.string().max(40),
  itemId: z.string().max(60),
  level: z.coerce.number().int().min(1).max(4),
  // The length and characters are checked in server/teacher/written-scores.ts; this bound only stops a flood.
  comment: z.string().max(4000).default(''),
  /** Only for the saved message ("Saved: level 3 for Student 2" when names are hidden). */
  position: z.coerce.number().int().min(1).max(10000).default(1),
  names: z.enum(['hidden']).optional(),
  /** Where "Save and next" goes; absent for an autosave, which stays on the answer. */
  next: z
    .string()
    .max(300)
    .regex(/^\/teacher\/classes\/[0-9a-f-]+\/written\/[a-z]+\?[\w=&-]*$/)
    .optional(),
});

/** Saves one score: autosaved with JavaScript, or posted by "Save and next" (which then opens the next answer). */
export const scoreAnswerAction = teacherAction(
  { schema: ScoreSchema, invalidMessage: 'WrittenScoring.errors.invalid' },
  async ({ classId, quizId, next, position, names, ...score }, context): Promise<ActionResult> => {
    const lesson = getLesson(lessonSlugs()[0]!)!;
    const result = await scoreWrittenAnswer(context.teacherId, classId, lesson, lessonQuiz(quizId), score);
    if (result === 'invalid') return context.fail('WrittenScoring.errors.invalid');
    if (result === 'not-found') return context.fail('WrittenScoring.errors.notFound');
    revalidatePath(SCORING_PAGE, 'page');
    if (next) return context.redirectTo(next);
    const t = await getTranslations({ locale: context.locale, namespace: 'WrittenScoring' });
    const name = names === 'hidden' ? t('hiddenName', { number: position }) : result.studentName;
    return { status: 'ok', message: t('saved', { level: score.level, name }) };
  },
);

/** "Return to students": releases the class's scores and comments for one quiz. */
export const returnScoresAction = teacherAction(
  { schema: z.object({ classId: z.string().max(40), quizId: QuizIdSchema }) },
  async ({ classId, quizId }, context): Promise<ActionResult> => {
    const lesson = getLesson(lessonSlugs()[0]!)!;
    const count = await returnWrittenScores(context.teacherId, classId, lesson, lessonQuiz(quizId));
    if (count === null) return context.fail('WrittenScoring.errors.notFound');
    revalidatePath(SCORING_PAGE, 'page');
    revalidatePath('/[locale]/teacher/classes/[classId]', 'page');
    const t = await getTranslations({ locale: context.locale, namespace: 'WrittenScoring' });
    return { status: 'ok', message: t('returned', { count }) };
  },
);
