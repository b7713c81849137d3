import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { TeacherAuthForm } from '@/components/teacher/TeacherAuthForm';
import { currentTeacher } from '@/server/teacher-session';

type Props = { params: Promise<{ locale: Locale }> };

export default async function TeacherSignInPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentTeacher()) redirect({ href: '/teacher', locale });
  const t = await getTranslations('TeacherAuth');
  return (
    <>
      <h1>{t('signInTitle')}</h1>
      <TeacherAuthForm mode="signin" />
      <p>
        <Link href="/teacher/signup">{t('toSignUp')}</Link>
      </p>
    </>
  );
}
