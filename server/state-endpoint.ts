import 'server-only';
import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';

// GET endpoints that give a prerendered page its learner's part (the reading page's state, a quiz page's attempt).
// They read the session cookie and change nothing: a visitor without a session gets a visitor's state, and no
// learner is created.
//
// Each names whose state it is in a `Fuente-Learner` header (the non-secret queueOwnerOf hash): the service worker
// (public/sw.js) deletes the offline copies it holds of one learner as soon as the server answers for another, so
// a session ended on the server (sign-out elsewhere, removal, expiry) takes its offline copies with it.

/** The response header naming the learner a state belongs to (public/sw.js reads it). */
export const LEARNER_HEADER = 'Fuente-Learner';

type Params = { locale: string };

function reply(body: object, status = 200, owner?: string): Response {
  // The learner's own data: never stored by a shared cache, nor by the browser.
  const headers: Record<string, string> = { 'Cache-Control': 'private, no-store' };
  if (owner) headers[LEARNER_HEADER] = owner;
  return Response.json(body, { status, headers });
}

async function refused(locale: Locale, status: 404 | 503): Promise<Response> {
  const t = await getTranslations({ locale });
  return reply({ status: 'error', message: status === 404 ? t('NotFoundPage.title') : t('RequestErrors.503') }, status);
}

/**
 * A route handler answering `load`'s state as private JSON, with its owner's header: a translated 404 for an unknown language or when `load`
 * finds nothing (null), a translated 503 when it throws (the database is down, say).
 */
export function learnerStateEndpoint<P extends Params>(
  load: (params: Omit<P, 'locale'> & { locale: Locale }) => Promise<{ queueOwner?: string } | null>,
) {
  return async function GET(_request: Request, { params }: { params: Promise<P> }): Promise<Response> {
    const resolved = await params;
    const { locale } = resolved;
    if (!hasLocale(routing.locales, locale)) return refused(routing.defaultLocale, 404);
    try {
      const state = await load({ ...resolved, locale });
      return state ? reply(state, 200, state.queueOwner) : refused(locale, 404);
    } catch (error) {
      console.error('A learner state failed to load', error);
      return refused(locale, 503);
    }
  };
}
