import 'server-only';
import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { getLesson } from '../lessons';
import { getCurrentLessonState } from './lesson-state';

type RouteContext = { params: Promise<{ locale: string; slug: string }> };

// GET /api/{locale}/lessons/{slug}/state: the learner's part of the prerendered reading page
// (components/lesson/LessonLearnerState.tsx). It reads the session cookie and changes nothing; a visitor without a
// session gets a visitor's state, and no learner is created.

function reply(body: object, status = 200): Response {
  // The learner's own data: never stored by a shared cache, nor by the browser.
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

async function refused(locale: Locale, status: 404 | 503): Promise<Response> {
  const t = await getTranslations({ locale });
  return reply({ status: 'error', message: status === 404 ? t('NotFoundPage.title') : t('RequestErrors.503') }, status);
}

export async function lessonStateEndpoint(_request: Request, { params }: RouteContext): Promise<Response> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return refused(routing.defaultLocale, 404);
  const lesson = getLesson(slug);
  if (!lesson) return refused(locale, 404);
  try {
    return reply(await getCurrentLessonState(lesson));
  } catch (error) {
    console.error('Lesson state failed', error);
    return refused(locale, 503);
  }
}
