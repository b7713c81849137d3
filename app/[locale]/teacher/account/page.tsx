import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { ChangePasswordForm } from '@/components/teacher/ChangePasswordForm';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { requireTeacher } from '@/server/teacher-session';

type Props = { params: Promise<{ locale: Locale }> };

export default async function TeacherAccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const [t, tHome] = await Promise.all([getTranslations('Account'), getTranslations('ClassPage')]);
  return (
    <>
      <TeacherBar email={teacher.email} />
      <p>
        <Link href="/teacher">← {tHome('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <h2>{t('changeTitle')}</h2>
      <ChangePasswordForm />
    </>
  );
}
