import { answerEndpoint } from '@/server/quiz/answer-endpoint';

// The quiz page's answer saves with JavaScript, as JSON (lib/quiz/post-answer.ts). Without JavaScript, each item's
// form posts to a Server Action instead (app/[locale]/lessons/[slug]/quiz/[quizId]/actions.ts); both end in answerItem.
export const POST = answerEndpoint;
