import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ShowToClassView } from '@/components/teacher/ShowToClassView';
import { requireTeacher } from '@/server/auth/teacher-session';
import { getClassInvite } from '@/server/teacher/class-invite';

type Props = { params: Promise<{ locale: Locale; classId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ClassPage' });
  return { title: t('showToClass') };
}

/** For the projector: how to join one of the teacher's classes, in both languages, and nothing about its students. */
export default async function ShowToClassPage({ params }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const invite = await getClassInvite(teacher.teacherId, classId);
  if (!invite) notFound();
  return <ShowToClassView invite={invite} classPath={`/teacher/classes/${classId}`} locale={locale} />;
}
