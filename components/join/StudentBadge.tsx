'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { PostAction } from '@/lib/action-result';
import styles from '@/components/teacher/Teacher.module.css';
import { SignOutForm } from './SignOutForm';

/** "You are signed in as Ana (Period 3)", with a link to their code and a sign-out button. */
export function StudentBadge({
  displayName,
  className,
  queueOwner,
  signOut,
}: {
  displayName: string;
  className: string;
  queueOwner: string;
  signOut: PostAction;
}) {
  const t = useTranslations('Join');
  return (
    <div className={styles.bar}>
      <span dir="auto">{t('signedInAs', { name: displayName, className })}</span>
      <Link href="/my-code">{t('myCodeLink')}</Link>
      <SignOutForm queueOwner={queueOwner} signOut={signOut} />
    </div>
  );
}
