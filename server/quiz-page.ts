import 'server-only';
import { QuizIdSchema } from '@/content/quiz-schema';
import { gradeItem } from '@/lib/grading/grade-item';
import type { ItemFeedback, PublicQuiz } from '@/lib/quiz/public-item';
import { getSavedAnswers, latestAttempt, type AttemptSummary } from './attempts';
import { QUIZ_IDS } from '@/content/lesson-files';
import { getLesson, lessonSlugs } from './lessons';
import { answerLabels } from './quiz-feedback';
import { toFeedback, toPublicQuiz } from './quizzes';
import { currentLearnerId } from './session';

export type QuizPageData = {
  quiz: PublicQuiz;
  attempt: AttemptSummary | null;
  answers: Record<string, { response: unknown; seq: number; checked: boolean }>;
  /** Feedback only for items the student has already checked. */
  feedback: Record<string, ItemFeedback>;
};

/** Everything the quiz page shows for the signed-in learner; null when the lesson or quiz does not exist. */
export async function loadQuizPage(slug: string, quizId: string, language: 'en' | 'es'): Promise<QuizPageData | null> {
  const lesson = getLesson(slug);
  const id = QuizIdSchema.safeParse(quizId);
  if (!lesson || !id.success) return null;
  const quiz = toPublicQuiz(lesson, id.data, language)!;
  const learnerId = await currentLearnerId();
  const attempt = learnerId ? await latestAttempt(learnerId, slug, id.data) : null;
  const saved = learnerId && attempt ? await getSavedAnswers(learnerId, attempt.id) : [];
  const content = lesson.quizzes.find((candidate) => candidate.id === id.data)!;
  const labels = await answerLabels();
  const answers: QuizPageData['answers'] = {};
  const feedback: QuizPageData['feedback'] = {};
  for (const answer of saved) {
    answers[answer.itemId] = { response: answer.response, seq: answer.seq, checked: answer.checked };
    const item = content.items.find((candidate) => candidate.id === answer.itemId);
    if (item && answer.checked) feedback[item.id] = toFeedback(lesson, item, gradeItem(item, answer.response), language, labels);
  }
  return { quiz, attempt, answers, feedback };
}

/** Every (lesson, quiz) pair, for the quiz routes' static params. */
export function quizRouteParams(): { slug: string; quizId: string }[] {
  return lessonSlugs().flatMap((slug) => QUIZ_IDS.map((quizId) => ({ slug, quizId })));
}
