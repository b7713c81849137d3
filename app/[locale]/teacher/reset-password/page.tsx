import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resetPasswordAction } from '../actions';
import { ResetPasswordForm } from '@/components/teacher/ResetPasswordForm';
import { passwordResetLinkValid } from '@/server/teacher/password-reset';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

/** Where an e-mailed link leads: the form while the link works (opening it uses nothing up), else a way to ask again. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('PasswordReset');
  const { token } = await searchParams;
  const valid = typeof token === 'string' && (await passwordResetLinkValid(token));
  return (
    <>
      <h1>{t('newTitle')}</h1>
      {valid ? (
        <ResetPasswordForm
          token={token}
          action={resetPasswordAction}
          labels={{ password: t('newPassword'), submit: t('save') }}
        />
      ) : (
        <>
          <p>{t('invalidLink')}</p>
          <p>
            <Link href="/teacher/forgot-password">{t('requestAgain')}</Link>
          </p>
        </>
      )}
    </>
  );
}
