import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { signUpAction } from '../actions';
import { TeacherAuthForm } from '@/components/teacher/TeacherAuthForm';

type Props = { params: Promise<{ locale: Locale }> };

export default async function TeacherSignUpPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('TeacherAuth');
  return (
    <>
      <h1>{t('signUpTitle')}</h1>
      <TeacherAuthForm mode="signup" action={signUpAction} />
      <p>
        <Link href="/teacher/signin">{t('toSignIn')}</Link>
      </p>
    </>
  );
}
