import 'server-only';
import type { QuizId } from '@/content/quiz-schema';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { NO_QUIZ_SUPPORTS, quizLanguagePlan, quizTools, type QuizSupports } from '@/lib/supports/quiz-view';
import { currentLearnerId } from '../auth/learner-session';
import { toPublicQuiz } from '../quiz/public-quiz';
import { studentSupportsOf, type StudentSupports } from './profiles';

/**
 * The supports a quiz page applies for this profile and the student's own choices, with the other language's items
 * where the profile wants them.
 */
export function quizSupportsFor(
  { profile, chosen }: StudentSupports,
  lesson: LoadedLesson,
  quizId: QuizId,
  page: 'en' | 'es',
  optionSeed: number,
): QuizSupports {
  const { moveTo, toggle } = quizLanguagePlan(profile, page);
  // Seeded alike, the other language's options come in the order this page shows them.
  const other = toggle && !moveTo ? toPublicQuiz(lesson, quizId, toggle, optionSeed) : null;
  return {
    ...quizTools(profile, chosen),
    moveTo,
    translation:
      toggle && other ? { language: toggle, items: Object.fromEntries(other.items.map((i) => [i.id, i])) } : null,
  };
}

/**
 * The signed-in student's tools on a page that shows quiz parts but is no quiz in progress (their results, a revision,
 * guided reading): text settings, line focus, read-aloud, masking and ruling out. Language moves only the quiz itself.
 */
export async function currentStudentTools(): Promise<QuizSupports> {
  const learnerId = await currentLearnerId();
  if (!learnerId) return NO_QUIZ_SUPPORTS;
  const { profile, chosen } = await studentSupportsOf(learnerId);
  return { ...quizTools(profile, chosen), moveTo: null, translation: null };
}
