import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Redirects `/` by the NEXT_LOCALE cookie or Accept-Language, and remembers a language once chosen.
export default createMiddleware(routing);

export const config = {
  // Everything except Next.js internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
