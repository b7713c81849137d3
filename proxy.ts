import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { pagePolicy, SHARED_PAGE_HEADER } from './lib/page-policy';
import { JS_COOKIE, prerenderedPagePath } from './lib/prerendered-page';
import { isCrossOrigin } from './lib/same-origin';
import { hasLearnerSessionCookie, studentHomePath } from './lib/student-home';
import { refusal } from './lib/server-action-request';
import { staticPages } from './server/static-pages';
import en from './messages/en.json';
import es from './messages/es.json';

// Redirects `/` by the NEXT_LOCALE cookie or Accept-Language, and remembers a language once chosen.
const i18n = createMiddleware(routing);
/** The request header in which next-intl's middleware passes the request's language to the app. */
const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

/** A refused request's answer, in the language of its URL (a page's, or a JSON endpoint's as in /api/es/answers). */
function refusedResponse(request: NextRequest, status: keyof typeof en.RequestErrors): NextResponse {
  const messages = /^(\/api)?\/es(\/|$)/.test(request.nextUrl.pathname) ? es : en;
  return new NextResponse(messages.RequestErrors[status], {
    status: Number(status),
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Files (icon.svg, robots.txt) and route handlers: checked like pages, but not localized or given a page policy. */
function isFileOrApi(pathname: string): boolean {
  return pathname.startsWith('/api/') || /\.[^/]*$/.test(pathname);
}

export default async function proxy(request: NextRequest) {
  if (isCrossOrigin(request)) return new NextResponse('Forbidden: cross-origin request', { status: 403 });
  const refused = await refusal(request);
  if (refused) return refusedResponse(request, String(refused.status) as keyof typeof en.RequestErrors);
  if (isFileOrApi(request.nextUrl.pathname)) return NextResponse.next();
  const { pathname, searchParams } = request.nextUrl;
  const pages = staticPages();
  const hasCookie = (name: string) => request.cookies.has(name);
  const runsJavaScript = request.cookies.get(JS_COOKIE)?.value === '1';
  const hasLearnerSession = hasLearnerSessionCookie(hasCookie);
  const rewrittenTo =
    prerenderedPagePath(
      { method: request.method, pathname, searchParams, runsJavaScript, hasLearnerSession },
      pages.pages,
    ) ?? studentHomePath({ method: request.method, pathname, hasCookie });
  const { policy, nonce } = pagePolicy(
    { method: request.method, pathname: rewrittenTo ?? pathname },
    pages,
    process.env.NODE_ENV === 'development',
  );
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders; next-intl passes the
  // request headers on. A prerendered page's HTML is already written: its policy names its scripts by hash.
  if (nonce) request.headers.set('content-security-policy', policy);
  let response: NextResponse;
  // A visitor, or a browser known to run JavaScript, gets the reading or quiz page's prerendered copy at the page's
  // own address (lib/prerendered-page.ts), a student their own home page (lib/student-home.ts); both are localized.
  if (rewrittenTo) {
    const target = request.nextUrl.clone();
    target.pathname = rewrittenTo;
    // What next-intl's middleware would tell the app, for a Server Action posted here: it runs before the page
    // sets its language, and would answer in the default one.
    request.headers.set(LOCALE_HEADER, rewrittenTo.split('/')[1]!);
    response = NextResponse.rewrite(target, { request: { headers: request.headers } });
  } else {
    response = i18n(request);
  }
  response.headers.set('content-security-policy', policy);
  // A page whose policy names its scripts by hash is the build's HTML, the same for everyone who gets it.
  if (!nonce) response.headers.set(SHARED_PAGE_HEADER, '1');
  return response;
}

export const config = {
  // Every request but Next.js's own build files (a path with a dot can still carry a Server Action header) and the
  // learner-state endpoints, which every student's page calls and which take GET alone: nothing above concerns them
  // (Next.js answers another method with 405), and passing through here cost them a quarter of their throughput
  // (bench/README.md, "The bell").
  matcher: '/((?!_next/|api/[a-z]{2}/lessons/[a-z0-9-]+/(?:quizzes/[a-z0-9-]+/)?state$).*)',
};
