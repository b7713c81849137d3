import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { JoinFlow } from '@/components/join/JoinFlow';
import { JoinForm } from '@/components/join/JoinForm';
import { StudentBadge } from '@/components/join/StudentBadge';
import { defaultLessonSlug } from '@/server/lessons';
import { joinAction, studentSignOutAction } from './actions';

/**
 * The join page's content, for its two routes: rendered per request (./page.tsx) when it has a signed-in student's
 * badge or a class code from the address, prerendered (./prerendered/page.tsx) for everyone else.
 */
export async function JoinPageContent({
  student,
  defaultCode,
}: {
  student?: { displayName: string; className: string; queueOwner: string } | null;
  defaultCode?: string;
}) {
  const t = await getTranslations('Join');
  return (
    <JoinFlow lessonSlug={defaultLessonSlug()}>
      <h1>{t('title')}</h1>
      {student && <StudentBadge {...student} signOut={studentSignOutAction} />}
      <p>{t('intro')}</p>
      <p>{t('practiceNote')}</p>
      <JoinForm join={joinAction} defaultCode={defaultCode} />
      <p>
        <Link href="/join/resume">{t('haveCode')}</Link>
      </p>
    </JoinFlow>
  );
}
