import 'server-only';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { isUuid } from '@/lib/ids';
import { classCsv, type ExportKind } from './class-exports';
import { getLesson, lessonSlugs } from '../lessons';
import { currentTeacher } from '../auth/teacher-session';

type Params = Promise<{ locale: string; classId: string }>;

/** GET handler for a class's CSV download: signed-out visitors go to sign-in, other teachers' classes are 404. */
export function exportRoute(kind: ExportKind) {
  return async function GET(request: Request, { params }: { params: Params }): Promise<Response> {
    const { locale, classId } = await params;
    if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
    const teacher = await currentTeacher();
    if (!teacher) return Response.redirect(new URL(`/${locale}/teacher/signin`, request.url), 303);
    const lesson = getLesson(lessonSlugs()[0]!)!;
    const csv = isUuid(classId) ? await classCsv(kind, teacher.teacherId, classId, lesson, locale) : null;
    if (csv === null) return new Response(null, { status: 404 });
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="fuente-${kind}-${classId.slice(0, 8)}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  };
}
