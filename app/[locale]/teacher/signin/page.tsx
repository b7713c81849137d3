import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { AccountNotice } from '@/components/teacher/AccountNotice';
import { signInAction } from '../actions';
import { TeacherAuthForm } from '@/components/teacher/TeacherAuthForm';
import { currentTeacher, signInEmail } from '@/server/auth/teacher-session';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ notice?: string | string[] }> };

// The notices after which the form fills in the email the teacher just typed (a cookie of ten minutes).
const FILLED_AFTER = ['signed-up', 'password-reset'];

export default async function TeacherSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentTeacher()) redirect({ href: '/teacher', locale });
  const t = await getTranslations('TeacherAuth');
  const { notice } = await searchParams;
  const email = typeof notice === 'string' && FILLED_AFTER.includes(notice) ? await signInEmail() : undefined;
  return (
    <>
      <h1>{t('signInTitle')}</h1>
      <AccountNotice notice={notice} emailFilledIn={email !== undefined} />
      <TeacherAuthForm mode="signin" action={signInAction} defaultEmail={email} />
      <p>
        <Link href="/teacher/forgot-password">{t('forgotPassword')}</Link>
      </p>
      <p>
        <Link href="/teacher/signup">{t('toSignUp')}</Link>
      </p>
    </>
  );
}
