import { parseReadingView } from './reading-view';

/** Set by the browser once the app's JavaScript runs (components/ui/JavaScriptCookie.tsx); it says nothing else. */
export const JS_COOKIE = 'fuente_js';

const READING_PAGE = /^\/([a-z]{2})\/lessons\/([a-z0-9-]+)\/?$/;
const QUIZ_PAGE = /^\/([a-z]{2})\/lessons\/([a-z0-9-]+)\/quiz\/([a-z0-9-]+)\/?$/;

/** Where a page that has a prerendered copy is served from, before checking that the build has that copy. */
function candidatePath(pathname: string, searchParams: URLSearchParams): string | null {
  const reading = READING_PAGE.exec(pathname);
  // `?welcome=back` greets a student who just signed in on this device: rendered with their state, nothing flashes.
  if (reading && searchParams.has('welcome')) return null;
  if (reading) {
    const view = parseReadingView(searchParams.get('view') ?? undefined);
    return `/${reading[1]}/lessons/${reading[2]}/prerendered/${view}`;
  }
  // The quiz page's query (`?q=` a question, `?error=` after a form post) is read when it renders: with one, it
  // renders per request. The address the student opens from the lesson has none.
  const quiz = QUIZ_PAGE.exec(pathname);
  if (quiz && searchParams.size === 0) return `/${quiz[1]}/lessons/${quiz[2]}/quiz/${quiz[3]}/prerendered`;
  return null;
}

/**
 * Where a request for the reading page or a quiz page is served from, for a browser known to run JavaScript: the
 * page prerendered for its language, lesson and view or quiz (app/[locale]/lessons/[slug]/prerendered/[view],
 * app/[locale]/lessons/[slug]/quiz/[quizId]/prerendered), if the build has it. Null means the page renders per
 * request, with the learner's state in its HTML, as it must without JavaScript.
 */
export function prerenderedPagePath(
  request: { method: string; pathname: string; searchParams: URLSearchParams; runsJavaScript: boolean },
  prerenderedPages: Readonly<Record<string, unknown>>,
): string | null {
  if (!request.runsJavaScript || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  const path = candidatePath(request.pathname, request.searchParams);
  return path && path in prerenderedPages ? path : null;
}
