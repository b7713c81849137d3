import type { ActionReply } from './action-result';
import { postJson, type SendRequest, type UnreadableReplyMessages } from './post-json';

export type ReadingProgressReply = ActionReply<{ furthestParagraph: number }>;

/** Where the reading page records how far the learner has read (app/api/[locale]/reading-progress/route.ts). */
export const readingProgressPath = (locale: string) => `/api/${locale}/reading-progress`;

/** Records the furthest paragraph reached; the reply gives the furthest stored, which never goes back. */
export function postReadingProgress(
  progress: { lessonSlug: string; furthestParagraph: number },
  locale: string,
  messages: UnreadableReplyMessages,
  send?: SendRequest,
): Promise<ReadingProgressReply> {
  return postJson(readingProgressPath(locale), progress, messages, send);
}
