import 'server-only';
import { randomInt } from 'node:crypto';
import { QuizIdSchema } from '@/content/quiz-schema';
import type { AttemptSummary, FeedbackMode } from '@/lib/quiz/attempt-summary';
import type { ItemFeedback, PublicQuiz } from '@/lib/quiz/public-item';
import { MAX_ORDER_SEED } from '@/lib/quiz/option-order';
import { classRules, derivedOptionSeed, getSavedAnswers, latestAttempt } from './attempts';
import { QUIZ_IDS } from '@/content/lesson-files';
import { getLesson, lessonSlugs } from '../lessons';
import { answerLabels } from './answer-labels';
import { toFeedback, toPublicQuiz } from './public-quiz';
import { currentLearnerId, queueOwnerOf } from '../auth/learner-session';

export type QuizPageData = {
  quiz: PublicQuiz;
  attempt: AttemptSummary | null;
  /** The attempt's, or before it exists, the one the learner's class sets. */
  feedbackMode: FeedbackMode;
  answers: Record<string, { response: unknown; seq: number; checked: boolean }>;
  /** Feedback only for items the student has already checked. */
  feedback: Record<string, ItemFeedback>;
  /**
   * The order the options are shown in. The attempt's own; before the attempt exists, the one it will get, which the
   * page sends with the first save (a visitor without a session gets a random one).
   */
  optionSeed: number;
  /** Names this learner's unsent answers in the browser, so they are never sent under someone else's session. */
  queueOwner: string;
};

/** Everything the quiz page shows for the signed-in learner; null when the lesson or quiz does not exist. */
export async function loadQuizPage(slug: string, quizId: string, language: 'en' | 'es'): Promise<QuizPageData | null> {
  const lesson = getLesson(slug);
  const id = QuizIdSchema.safeParse(quizId);
  if (!lesson || !id.success) return null;
  const learnerId = await currentLearnerId();
  const attempt = learnerId ? await latestAttempt(learnerId, slug, id.data) : null;
  const optionSeed =
    attempt?.optionSeed ?? (learnerId ? derivedOptionSeed(learnerId, slug, id.data, 1) : randomInt(MAX_ORDER_SEED));
  const quiz = toPublicQuiz(lesson, id.data, language, optionSeed)!;
  const content = lesson.quizzes.find((candidate) => candidate.id === id.data)!;
  const saved = learnerId && attempt ? await getSavedAnswers(learnerId, attempt.id, content) : [];
  const labels = await answerLabels();
  const answers: QuizPageData['answers'] = {};
  const feedback: QuizPageData['feedback'] = {};
  for (const answer of saved) {
    answers[answer.itemId] = { response: answer.response, seq: answer.seq, checked: answer.checked };
    const item = content.items.find((candidate) => candidate.id === answer.itemId);
    // A checked answer's grade was stored when it was checked: the page shows it, it does not grade again.
    if (item && answer.checked && answer.grade)
      feedback[item.id] = toFeedback(lesson, item, answer.grade, language, labels, optionSeed);
  }
  const feedbackMode = attempt?.feedbackMode ?? (learnerId ? (await classRules(learnerId)).feedbackMode : 'immediate');
  return { quiz, attempt, feedbackMode, answers, feedback, optionSeed, queueOwner: queueOwnerOf(learnerId) };
}

/** Every (lesson, quiz) pair, for the quiz routes' static params. */
export function quizRouteParams(): { slug: string; quizId: string }[] {
  return lessonSlugs().flatMap((slug) => QUIZ_IDS.map((quizId) => ({ slug, quizId })));
}
