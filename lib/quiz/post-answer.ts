import { postJson, type SendRequest, type UnreadableReplyMessages } from '../post-json';
import { answersPath, type SaveReceipt, type SaveReply, type SaveRequest } from './save-request';

/** Sends one save of the quiz page's queue to the answers endpoint (server/quiz/answer-endpoint.ts). */
export function postAnswer(
  request: SaveRequest,
  locale: string,
  messages: UnreadableReplyMessages,
  send?: SendRequest,
): Promise<SaveReply> {
  return postJson<SaveReceipt>(answersPath(locale), request, messages, send);
}
