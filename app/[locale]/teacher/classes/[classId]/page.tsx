import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { ClassManagement } from '@/components/teacher/ClassManagement';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { getClass, listStudents } from '@/server/classes';
import { requireTeacher } from '@/server/teacher-session';

type Props = { params: Promise<{ locale: Locale; classId: string }> };

export default async function ClassPage({ params }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const klass = await getClass(teacher.teacherId, classId);
  if (!klass) notFound();
  const students = await listStudents(teacher.teacherId, classId);
  const t = await getTranslations('ClassPage');
  return (
    <>
      <TeacherBar email={teacher.email} />
      <p>
        <Link href="/teacher">← {t('back')}</Link>
      </p>
      <ClassManagement klass={klass} students={students} locale={locale} />
    </>
  );
}
