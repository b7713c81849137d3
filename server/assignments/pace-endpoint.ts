import 'server-only';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { currentLearnerId } from '../auth/learner-session';
import { getLesson } from '../lessons';
import { pacedAssignmentOf } from './pace';
import { paceEventStream } from './pace-stream';

async function refused(locale: Locale, status: 404 | 503): Promise<Response> {
  const t = await getTranslations({ locale });
  const message = status === 404 ? t('NotFoundPage.title') : t('RequestErrors.503');
  const headers: Record<string, string> = { 'Cache-Control': 'private, no-store' };
  if (status === 503) headers['Retry-After'] = '5';
  return Response.json({ status: 'error', message }, { status, headers });
}

/**
 * GET /api/{locale}/lessons/{slug}/pace: the signed-in student's teacher-paced assignment as Server-Sent Events
 * (server/assignments/pace-stream.ts). A 404 for anyone without one, a 503 while this instance cannot hear the
 * database's notifications: the page then offers "Continue" instead of waiting for news that would not come.
 */
export async function paceEndpoint(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
): Promise<Response> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return refused(routing.defaultLocale, 404);
  // A slug of no lesson never reaches the database: a NUL in it would make PostgreSQL refuse the query.
  if (!getLesson(slug)) return refused(locale, 404);
  try {
    const learnerId = await currentLearnerId();
    const assignment = learnerId ? await pacedAssignmentOf(learnerId, slug) : null;
    if (!learnerId || !assignment) return refused(locale, 404);
    const current = async () => (await pacedAssignmentOf(learnerId, slug))?.openedSection ?? assignment.openedSection;
    return (await paceEventStream(assignment.id, current, request.signal)) ?? (await refused(locale, 503));
  } catch (error) {
    console.error('A pace stream failed to open', error);
    return refused(locale, 503);
  }
}
