import 'server-only';
import { fileSlug } from '@/lib/file-slug';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { exportPnp } from '@/lib/supports/pnp';
import { currentTeacher } from '../auth/teacher-session';
import { readStudentSupports } from './profiles';

/**
 * GET /{locale}/teacher/classes/{classId}/supports/{learnerId}: the student's support profile as an AfA PNP 3.0
 * file (lib/supports/pnp.ts), to take to another system. Signed-out visitors go to sign-in; a student who is not in
 * one of the teacher's classes is a 404.
 */
export async function pnpExportRoute(
  _request: Request,
  { params }: { params: Promise<{ locale: string; classId: string; learnerId: string }> },
): Promise<Response> {
  const { locale, classId, learnerId } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const teacher = await currentTeacher();
  if (!teacher) return new Response(null, { status: 303, headers: { Location: `/${locale}/teacher/signin` } });
  const student = await readStudentSupports(teacher.teacherId, classId, learnerId);
  if (!student) return new Response(null, { status: 404 });
  return new Response(exportPnp(student.profile), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="fuente-supports-${fileSlug(student.displayName, 'student')}.xml"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
