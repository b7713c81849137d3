import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { forgotPasswordAction } from '../actions';
import { ForgotPasswordForm } from '@/components/teacher/ForgotPasswordForm';
import { mailConfigured } from '@/server/mail';

type Props = { params: Promise<{ locale: Locale }> };

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  // Rendered per request: whether mail is configured is the running server's environment, not the build's.
  await connection();
  setRequestLocale(locale);
  const t = await getTranslations('PasswordReset');
  return (
    <>
      <h1>{t('title')}</h1>
      {mailConfigured() ? (
        <>
          <p>{t('intro')}</p>
          <ForgotPasswordForm action={forgotPasswordAction} submitLabel={t('send')} />
        </>
      ) : (
        <p>{t('askAdmin')}</p>
      )}
      <p>
        <Link href="/teacher/signin">{t('backToSignIn')}</Link>
      </p>
    </>
  );
}
