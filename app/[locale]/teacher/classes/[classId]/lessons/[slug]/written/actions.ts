'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { QuizIdSchema, type QuizId } from '@/content/quiz-schema';
import type { ActionResult } from '@/lib/action-result';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { teacherAction } from '@/server/action-kit';
import { KnownLessonSchema } from '@/server/lessons';
import { returnWrittenScores } from '@/server/teacher/written-return';
import { scoreWrittenAnswer } from '@/server/teacher/written-scores';

const SCORING_PAGE = '/[locale]/teacher/classes/[classId]/lessons/[slug]/written/[quizId]';

/** The class, the lesson and the quiz a form names. */
const QuizPlace = { classId: z.string().max(40), lessonSlug: KnownLessonSchema, quizId: QuizIdSchema };

/** The named quiz, looked up in the named lesson; a quiz the lesson does not have is invalid input. */
function withQuiz<T extends { lessonSlug: LoadedLesson; quizId: QuizId }>(
  { lessonSlug: lesson, quizId, ...rest }: T,
  context: z.RefinementCtx,
) {
  const quiz = lesson.quizzes.find((candidate) => candidate.id === quizId);
  if (!quiz) context.addIssue({ code: 'custom', path: ['quizId'], message: 'unknown quiz' });
  return quiz ? { ...rest, lesson, quiz } : z.NEVER;
}

const ScoreSchema = z
  .object({
    ...QuizPlace,
    attemptId: z.string().max(40),
    itemId: z.string().max(60),
    level: z.coerce.number().int().min(1).max(4),
    // The length and characters are checked in server/teacher/written-scores.ts; this bound only stops a flood.
    comment: z.string().max(4000).default(''),
    /** The box "Ask for a revision": sent only when ticked. */
    revise: z
      .enum(['1'])
      .optional()
      .transform((value) => value === '1'),
    /** Only for the saved message ("Saved: level 3 for Student 2" when names are hidden). */
    position: z.coerce.number().int().min(1).max(10000).default(1),
    names: z.enum(['hidden']).optional(),
    /** Where "Save and next" goes; absent for an autosave, which stays on the answer. */
    next: z
      .string()
      .max(300)
      .regex(/^\/teacher\/classes\/[0-9a-f-]+\/lessons\/[a-z0-9-]+\/written\/[a-z]+\?[\w=&-]*$/)
      .optional(),
  })
  .transform(withQuiz);

/** Saves one score: autosaved with JavaScript, or posted by "Save and next" (which then opens the next answer). */
export const scoreAnswerAction = teacherAction(
  { schema: ScoreSchema, invalidMessage: 'WrittenScoring.errors.invalid' },
  async ({ classId, lesson, quiz, next, position, names, ...score }, context): Promise<ActionResult> => {
    const result = await scoreWrittenAnswer(context.teacherId, classId, lesson, quiz, score);
    if (result === 'invalid') return context.fail('WrittenScoring.errors.invalid');
    if (result === 'not-found') return context.fail('WrittenScoring.errors.notFound');
    if (result === 'needs-comment') return context.fail('WrittenScoring.errors.reviseNeedsComment');
    revalidatePath(SCORING_PAGE, 'page');
    if (next) return context.redirectTo(next);
    const t = await getTranslations({ locale: context.locale, namespace: 'WrittenScoring' });
    const name = names === 'hidden' ? t('hiddenName', { number: position }) : result.studentName;
    return { status: 'ok', message: t(score.revise ? 'savedRevise' : 'saved', { level: score.level, name }) };
  },
);

/** "Return to students": releases the class's scores and comments for one quiz of a lesson. */
export const returnScoresAction = teacherAction(
  { schema: z.object(QuizPlace).transform(withQuiz) },
  async ({ classId, lesson, quiz }, context): Promise<ActionResult> => {
    const count = await returnWrittenScores(context.teacherId, classId, lesson, quiz);
    if (count === null) return context.fail('WrittenScoring.errors.notFound');
    revalidatePath(SCORING_PAGE, 'page');
    revalidatePath('/[locale]/teacher/classes/[classId]/lessons/[slug]', 'page');
    const t = await getTranslations({ locale: context.locale, namespace: 'WrittenScoring' });
    return { status: 'ok', message: t('returned', { count }) };
  },
);
