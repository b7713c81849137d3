import { getTranslations } from 'next-intl/server';
import type { PostAction } from '@/lib/action-result';
import styles from '@/components/teacher/Teacher.module.css';
import { SignOutForm } from './SignOutForm';

/** "You are signed in as Ana (Period 3)", with a sign-out button. */
export async function StudentBadge({
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
  const t = await getTranslations('Join');
  return (
    <div className={styles.bar}>
      <span dir="auto">{t('signedInAs', { name: displayName, className })}</span>
      <SignOutForm queueOwner={queueOwner} signOut={signOut} />
    </div>
  );
}
