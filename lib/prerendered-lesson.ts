import { parseReadingView } from './reading-view';

/** Set by the browser once the app's JavaScript runs (components/ui/JavaScriptCookie.tsx); it says nothing else. */
export const JS_COOKIE = 'fuente_js';

/**
 * Where a reading-page request is served from, for a browser known to run JavaScript: the page prerendered for its
 * language, lesson and view (app/[locale]/lessons/[slug]/prerendered/[view]), if the build has it. Null means
 * the page renders per request, with the learner's state in its HTML, as it must without JavaScript.
 */
export function prerenderedLessonPath(
  request: { method: string; pathname: string; searchParams: URLSearchParams; runsJavaScript: boolean },
  prerenderedPages: Readonly<Record<string, unknown>>,
): string | null {
  if (!request.runsJavaScript || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  const match = /^\/([a-z]{2})\/lessons\/([a-z0-9-]+)\/?$/.exec(request.pathname);
  if (!match) return null;
  const path = `/${match[1]}/lessons/${match[2]}/prerendered/${parseReadingView(request.searchParams.get('view') ?? undefined)}`;
  return path in prerenderedPages ? path : null;
}
