import { quizStateEndpoint } from '@/server/quiz/quiz-state-endpoint';

// The learner's attempt for the prerendered quiz page (app/[locale]/lessons/[slug]/quiz/[quizId]/prerendered).
export const GET = quizStateEndpoint;
