import { getTranslations } from 'next-intl/server';
import styles from './Teacher.module.css';

// The sign-in page's ?notice= values: what just happened to the account, set by the actions that redirect there.
const NOTICES = {
  'account-deleted': 'deleted',
  'signed-out-everywhere': 'signedOutEverywhere',
  'signed-up': 'signedUp',
} as const;

/** Says, on the sign-in page, that the account was just created, deleted or signed out everywhere; nothing for other values. */
export async function AccountNotice({ notice }: { notice: string | string[] | undefined }) {
  if (typeof notice !== 'string' || !Object.hasOwn(NOTICES, notice)) return null;
  const t = await getTranslations('Account');
  const key = NOTICES[notice as keyof typeof NOTICES];
  return (
    <p role="status" className={styles.notice}>
      {t(key)}
    </p>
  );
}
