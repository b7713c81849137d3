import 'server-only';
import { quizResultsPath, type QuizLearnerState } from '@/lib/quiz/quiz-learner-state';
import { learnerStateEndpoint } from '../state-endpoint';
import { loadQuizPage } from './quiz-page';

type Params = { locale: string; slug: string; quizId: string };

// GET /api/{locale}/lessons/{slug}/quizzes/{quizId}/state: the learner's part of the prerendered quiz page. What the
// page rendered per request reads, from the same function: feedback only for checked items, never a key.
export const quizStateEndpoint = learnerStateEndpoint<Params>(
  async ({ locale, slug, quizId }): Promise<QuizLearnerState | null> => {
    const data = await loadQuizPage(slug, quizId, locale);
    if (!data) return null;
    if (data.attempt?.status === 'submitted')
      return { status: 'submitted', resultsPath: quizResultsPath(locale, slug, quizId), queueOwner: data.queueOwner };
    const { quiz, attempt, feedbackMode, answers, feedback, optionSeed, queueOwner, assignment, supports } = data;
    return {
      status: 'open',
      quiz,
      attemptId: attempt?.id ?? null,
      feedbackMode,
      answers,
      feedback,
      optionSeed,
      queueOwner,
      assignment,
      supports,
    };
  },
);
