import 'server-only';
import { fileSlug } from '@/lib/file-slug';
import { cookies } from 'next/headers';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { isUuid } from '@/lib/ids';
import { dayInTimeZone, TIME_ZONE_COOKIE, timeZoneOr } from '@/lib/time-zone';
import { classCsv, type ExportKind } from './class-exports';
import { getClass } from './classes';
import { gradebookCsv } from './gradebook';
import { getLesson } from '../lessons';
import { currentTeacher } from '../auth/teacher-session';

type Params = Promise<{ locale: string; classId: string; slug: string }>;

/**
 * GET handler for a class's CSV download on one lesson: signed-out visitors go to sign-in, other teachers' classes and
 * unknown lessons are 404.
 */
export function exportRoute(kind: ExportKind) {
  return async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
    const { locale, classId, slug } = await params;
    if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
    const teacher = await currentTeacher();
    // A path, not an address: behind the production server request.url names the host Next.js listens on
    // (localhost), not the one the teacher typed.
    if (!teacher) return new Response(null, { status: 303, headers: { Location: `/${locale}/teacher/signin` } });
    const klass = isUuid(classId) ? await getClass(teacher.teacherId, classId) : null;
    const lesson = getLesson(slug);
    if (!klass || !lesson) return new Response(null, { status: 404 });
    const timeZone = timeZoneOr((await cookies()).get(TIME_ZONE_COOKIE)?.value);
    const csv = await classCsv(kind, teacher.teacherId, klass.id, lesson, locale, timeZone);
    if (csv === null) return new Response(null, { status: 404 });
    return csvFile(csv, `fuente-${fileSlug(klass.name, 'class')}-${kind}-${dayInTimeZone(new Date(), timeZone)}.csv`);
  };
}

function csvFile(csv: string, file: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

/** GET handler for a class's gradebook (every assignment of the class): the same doors as the lesson's downloads. */
export async function gradebookRoute(
  _request: Request,
  { params }: { params: Promise<{ locale: string; classId: string }> },
): Promise<Response> {
  const { locale, classId } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const teacher = await currentTeacher();
  if (!teacher) return new Response(null, { status: 303, headers: { Location: `/${locale}/teacher/signin` } });
  const klass = isUuid(classId) ? await getClass(teacher.teacherId, classId) : null;
  const csv = klass && (await gradebookCsv(teacher.teacherId, klass.id, locale));
  if (!klass || !csv) return new Response(null, { status: 404 });
  const timeZone = timeZoneOr((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return csvFile(csv, `fuente-${fileSlug(klass.name, 'class')}-gradebook-${dayInTimeZone(new Date(), timeZone)}.csv`);
}
