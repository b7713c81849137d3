import { getTranslations } from 'next-intl/server';
import { studentSignOutAction } from '@/app/[locale]/join/actions';
import styles from '@/components/teacher/Teacher.module.css';

/** "You are signed in as Ana (Period 3)", with a sign-out button. */
export async function StudentBadge({ displayName, className }: { displayName: string; className: string }) {
  const t = await getTranslations('Join');
  return (
    <div className={styles.bar}>
      <span dir="auto">{t('signedInAs', { name: displayName, className })}</span>
      <form action={studentSignOutAction}>
        <button type="submit" className="button button-secondary">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
