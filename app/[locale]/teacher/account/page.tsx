import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { ActionForm } from '@/components/forms/ActionForm';
import { ChangePasswordForm } from '@/components/teacher/ChangePasswordForm';
import { DeleteAccountForm } from '@/components/teacher/DeleteAccountForm';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { requireTeacher } from '@/server/auth/teacher-session';
import { changePasswordAction, deleteAccountAction, signOutAction, signOutEverywhereAction } from '../actions';

type Props = { params: Promise<{ locale: Locale }> };

export default async function TeacherAccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const [t, tHome] = await Promise.all([getTranslations('Account'), getTranslations('ClassPage')]);
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <p>
        <Link href="/teacher">← {tHome('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <section aria-labelledby="change-password">
        <h2 id="change-password">{t('changeTitle')}</h2>
        <ChangePasswordForm changePassword={changePasswordAction} />
      </section>
      <section aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere">{t('signOutEverywhereTitle')}</h2>
        <p>{t('signOutEverywhereHint')}</p>
        <ActionForm action={signOutEverywhereAction} submitLabel={t('signOutEverywhere')} />
      </section>
      <section aria-labelledby="delete-account">
        <h2 id="delete-account">{t('deleteTitle')}</h2>
        <p>{t('deleteHint')}</p>
        <DeleteAccountForm deleteAccount={deleteAccountAction} />
      </section>
    </>
  );
}
