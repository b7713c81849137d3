import { postJson, type SendRequest, type UnreadableReplyMessages } from '../post-json';
// Types only from save-request.ts: its zod schema must stay out of the quiz page's JavaScript (about 30 KiB).
import type { SaveReceipt, SaveReply, SaveRequest } from './save-request';

/** Where the quiz page's JavaScript posts its saves, as JSON (app/api/[locale]/answers/route.ts). */
export const answersPath = (locale: string) => `/api/${locale}/answers`;

/** Sends one save of the quiz page's queue to the answers endpoint (server/quiz/answer-endpoint.ts). */
export function postAnswer(
  request: SaveRequest,
  locale: string,
  messages: UnreadableReplyMessages,
  send?: SendRequest,
): Promise<SaveReply> {
  return postJson<SaveReceipt>(answersPath(locale), request, messages, send);
}
