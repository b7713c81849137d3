import type { Messages } from 'next-intl';

/** The namespaces that client components use; the rest stays on the server instead of riding in every page. */
const CLIENT_NAMESPACES = [
  'LanguageSwitcher',
  'Familiarity',
  'ReadingProgress',
  'ReadingSettings',
  'ReadAloud',
  'Quiz',
  'TeacherAuth',
  'TeacherHome',
  'ClassSettings',
  'Assignment',
  'AssignmentStatus',
  'Account',
  'Join',
  'Resume',
  'QuizCallout',
  'TeacherFeedback',
  'OfflineLesson',
  'ErrorPage',
] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
