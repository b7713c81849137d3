import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { JoinFlow } from '@/components/join/JoinFlow';
import { JoinForm } from '@/components/join/JoinForm';
import { isWellFormedCode, normalizeCode } from '@/lib/join-code';
import { joinAction, studentSignOutAction } from './actions';
import { StudentBadge } from '@/components/join/StudentBadge';
import { currentStudent } from '@/server/learner/current-student';
import { defaultLessonSlug } from '@/server/lessons';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** `?code=` (the invite link and its QR code) fills in the class code, in the server's HTML. */
export default async function JoinPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Join');
  const student = await currentStudent();
  const { code } = await searchParams;
  const given = typeof code === 'string' ? normalizeCode(code) : '';
  return (
    <JoinFlow lessonSlug={defaultLessonSlug()}>
      <h1>{t('title')}</h1>
      {student && <StudentBadge {...student} signOut={studentSignOutAction} />}
      <p>{t('intro')}</p>
      <p>{t('practiceNote')}</p>
      <JoinForm join={joinAction} defaultCode={isWellFormedCode(given, 6) ? given : undefined} />
      <p>
        <Link href="/join/resume">{t('haveCode')}</Link>
      </p>
    </JoinFlow>
  );
}
