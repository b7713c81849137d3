/** The learner session's cookie; over HTTPS it is named with the __Host- prefix (server/auth/cookies.ts). */
export const LEARNER_SESSION_COOKIE = 'fuente_session';

const LEARNER_SESSION_COOKIES = [LEARNER_SESSION_COOKIE, `__Host-${LEARNER_SESSION_COOKIE}`];

const HOME_PAGE = /^\/([a-z]{2})\/?$/;

/** Whether a request carries a learner session's cookie; only its presence is read, not whether it is valid. */
export function hasLearnerSessionCookie(hasCookie: (name: string) => boolean): boolean {
  return LEARNER_SESSION_COOKIES.some(hasCookie);
}

/**
 * Where a request for the home page is served from when the browser holds a learner session: the student's home,
 * rendered per request with their class's assignments (app/[locale]/student-home). Null leaves the prerendered home
 * page, which every visitor gets; only the cookie's presence is read here, so a guest gets the student's page, which
 * shows them what a visitor sees.
 */
export function studentHomePath(request: {
  method: string;
  pathname: string;
  hasCookie: (name: string) => boolean;
}): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const home = HOME_PAGE.exec(request.pathname);
  if (!home || !hasLearnerSessionCookie(request.hasCookie)) return null;
  return `/${home[1]}/student-home`;
}
