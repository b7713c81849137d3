'use client';

import { useTranslations } from 'next-intl';
import type { PostAction } from '@/lib/action-result';
import styles from '@/components/teacher/Teacher.module.css';
import { SignOutForm } from './SignOutForm';

/** "You are signed in as Ana (Period 3)", with a sign-out button. */
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
      <SignOutForm queueOwner={queueOwner} signOut={signOut} />
    </div>
  );
}
