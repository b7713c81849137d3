import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import styles from './Teacher.module.css';

/** Who is signed in, and the way out. */
export async function TeacherBar({ email }: { email: string }) {
  const t = await getTranslations('TeacherHome');
  return (
    <div className={`${styles.bar} no-print`}>
      <span>{t('signedInAs', { email })}</span>
      <form action={signOutAction}>
        <button type="submit" className="button button-secondary">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
