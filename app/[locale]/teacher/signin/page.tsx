import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { AccountNotice } from '@/components/teacher/AccountNotice';
import { signInAction } from '../actions';
import { TeacherAuthForm } from '@/components/teacher/TeacherAuthForm';
import { currentTeacher } from '@/server/auth/teacher-session';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ notice?: string | string[] }> };

export default async function TeacherSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentTeacher()) redirect({ href: '/teacher', locale });
  const t = await getTranslations('TeacherAuth');
  return (
    <>
      <h1>{t('signInTitle')}</h1>
      <AccountNotice notice={(await searchParams).notice} />
      <TeacherAuthForm mode="signin" action={signInAction} />
      <p>
        <Link href="/teacher/signup">{t('toSignUp')}</Link>
      </p>
    </>
  );
}
