import { parseReadingView } from './reading-view';

/** Set by the browser once the app's JavaScript runs (components/ui/JavaScriptCookie.tsx); it says nothing else. */
export const JS_COOKIE = 'fuente_js';

const READING_PAGE = /^\/([a-z]{2})\/lessons\/([a-z0-9-]+)\/?$/;
const QUIZ_PAGE = /^\/([a-z]{2})\/lessons\/([a-z0-9-]+)\/quiz\/([a-z0-9-]+)\/?$/;
const JOIN_PAGE = /^\/([a-z]{2})\/join\/?$/;

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
  // The join page reads `?code=` (an invite link) when it renders.
  const join = JOIN_PAGE.exec(pathname);
  if (join && searchParams.size === 0) return `/${join[1]}/join/prerendered`;
  return null;
}

/**
 * Where a request for the reading page or a quiz page is served from: the page prerendered for its language, lesson
 * and view or quiz (app/[locale]/lessons/[slug]/prerendered/[view],
 * app/[locale]/lessons/[slug]/quiz/[quizId]/prerendered), if the build has it. That copy is right for a browser known
 * to run JavaScript, which loads the learner's state from the API, and for any visitor without a learner session,
 * who has no state to show. Null means the page renders per request, with the learner's state in its HTML: a
 * learner whose browser has not run the app's JavaScript, and an address with a query the page reads.
 *
 * The join page (app/[locale]/join/prerendered) has a copy for visitors only: a learner's session shows their badge
 * in its HTML, JavaScript or not.
 *
 * A form posted from the page (a Server Action, with or without JavaScript) goes to the same route the page came
 * from: React matches the form's result to the form by its place in that route's tree, so a result rendered by the
 * other route would not reach it (a no-JS visitor's "Saved" would be lost, and a first save's new session would
 * re-render the page from the other route).
 */
export function prerenderedPagePath(
  request: {
    method: string;
    pathname: string;
    searchParams: URLSearchParams;
    runsJavaScript: boolean;
    hasLearnerSession: boolean;
  },
  prerenderedPages: Readonly<Record<string, unknown>>,
): string | null {
  if (!['GET', 'HEAD', 'POST'].includes(request.method)) return null;
  if (request.hasLearnerSession && (!request.runsJavaScript || JOIN_PAGE.test(request.pathname))) return null;
  const path = candidatePath(request.pathname, request.searchParams);
  return path && path in prerenderedPages ? path : null;
}

/**
 * The address a reader knows a page by: a prerendered copy's route (as the copy sees its own path while it is built)
 * becomes the page's own address, so that a link made from it (the language switcher) names the page, not the copy.
 */
export function publicPathOf(pathname: string): string {
  return pathname.replace(/\/prerendered(?:\/[a-z]+)?\/?$/, '');
}
