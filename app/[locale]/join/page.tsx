import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { JoinForm } from '@/components/join/JoinForm';
import { joinAction, studentSignOutAction } from './actions';
import { StudentBadge } from '@/components/join/StudentBadge';
import { currentStudent } from '@/server/auth/current-student';

type Props = { params: Promise<{ locale: Locale }> };

export default async function JoinPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Join');
  const student = await currentStudent();
  return (
    <>
      <h1>{t('title')}</h1>
      {student && <StudentBadge {...student} signOut={studentSignOutAction} />}
      <p>{t('intro')}</p>
      <p>{t('practiceNote')}</p>
      <JoinForm join={joinAction} />
      <p>
        <Link href="/join/resume">{t('haveCode')}</Link>
      </p>
    </>
  );
}
