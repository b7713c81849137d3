import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { StudentRow } from '@/lib/dashboard/class-summaries';

/** The roster's supports column: what differs from the defaults, and the way to change it for this student. */
export async function SupportsCell({ classId, student }: { classId: string; student: StudentRow }) {
  const [t, names] = await Promise.all([getTranslations('ClassPage'), getTranslations('Supports.names')]);
  return (
    <>
      <p>{student.supports.map((id) => names(id)).join(', ') || t('defaultSupports')}</p>
      <Link href={{ pathname: `/teacher/classes/${classId}/supports`, query: { student: student.id } }}>
        {t('editSupports', { name: student.displayName })}
      </Link>
    </>
  );
}
