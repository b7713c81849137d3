import type { ActionReply } from './action-result';
import { postJson, type SendRequest, type UnreadableReplyMessages } from './post-json';

// The join page's side of joining with JavaScript (server/learner/join-endpoint.ts): the same fields as its form,
// as JSON, and a reply the page shows in place.

/** The class code and name already given, when the class has that name: the page asks "Is this you?". */
export type SameName = { code: string; displayName: string };

/** What the welcome shows right after joining (components/join/Welcome.tsx). */
export type JoinedCard = {
  displayName: string;
  className: string;
  /** Null when the code was issued before codes were kept (the teacher can issue a new one). */
  resumeCode: string | null;
  /** The class's language, for the first lesson's link. */
  locale: 'en' | 'es';
};

/** A step of joining that went through: "Is this you?", the welcome, or a page to go to (a student back with their code). */
export type JoinReplyData = { sameName: SameName } | { welcome: JoinedCard } | { next: string };
export type JoinReply = ActionReply<JoinReplyData>;

/** Where the join page posts (app/api/[locale]/join/route.ts). */
export const joinPath = (locale: string) => `/api/${locale}/join`;

/** The form's fields as the endpoint reads them: text only, and an empty field counts as missing, as in a form post. */
export function joinFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form)
    if (typeof value === 'string' && value !== '' && !(name in fields)) fields[name] = value;
  return fields;
}

/** Posts one step of joining; a network failure throws. */
export function postJoin(
  fields: Record<string, string>,
  locale: string,
  messages: UnreadableReplyMessages,
  send?: SendRequest,
): Promise<JoinReply> {
  return postJson<JoinReplyData>(joinPath(locale), fields, messages, send);
}
