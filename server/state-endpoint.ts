import 'server-only';
import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';

// GET endpoints that give a prerendered page its learner's part (the reading page's state, a quiz page's attempt).
// They read the session cookie and change nothing: a visitor without a session gets a visitor's state, and no
// learner is created.

type Params = { locale: string };

function reply(body: object, status = 200): Response {
  // The learner's own data: never stored by a shared cache, nor by the browser.
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

async function refused(locale: Locale, status: 404 | 503): Promise<Response> {
  const t = await getTranslations({ locale });
  return reply({ status: 'error', message: status === 404 ? t('NotFoundPage.title') : t('RequestErrors.503') }, status);
}

/**
 * A route handler answering `load`'s state as private JSON: a translated 404 for an unknown language or when `load`
 * finds nothing (null), a translated 503 when it throws (the database is down, say).
 */
export function learnerStateEndpoint<P extends Params>(
  load: (params: Omit<P, 'locale'> & { locale: Locale }) => Promise<object | null>,
) {
  return async function GET(_request: Request, { params }: { params: Promise<P> }): Promise<Response> {
    const resolved = await params;
    const { locale } = resolved;
    if (!hasLocale(routing.locales, locale)) return refused(routing.defaultLocale, 404);
    try {
      const state = await load({ ...resolved, locale });
      return state ? reply(state) : refused(locale, 404);
    } catch (error) {
      console.error('A learner state failed to load', error);
      return refused(locale, 503);
    }
  };
}
