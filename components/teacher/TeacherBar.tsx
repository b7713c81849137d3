import { getTranslations } from 'next-intl/server';
import type { PostAction } from '@/lib/action-result';
import { TimeZoneCookie } from './TimeZoneCookie';
import styles from './Teacher.module.css';

/** Who is signed in, and the way out. */
export async function TeacherBar({ email, signOut }: { email: string; signOut: PostAction }) {
  const t = await getTranslations('TeacherHome');
  return (
    <div className={`${styles.bar} no-print`}>
      <TimeZoneCookie />
      <span>{t('signedInAs', { email })}</span>
      <form action={signOut}>
        <button type="submit" className="button button-secondary">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
