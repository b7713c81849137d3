import { getTranslations } from 'next-intl/server';
import styles from './Teacher.module.css';

// The sign-in page's ?notice= values: what just happened to the account, set by the actions that redirect there.
const NOTICES = {
  'account-deleted': 'Account.deleted',
  'signed-out-everywhere': 'Account.signedOutEverywhere',
  'signed-up': 'Account.signedUp',
  'password-reset': 'PasswordReset.done',
} as const;

/**
 * Says, on the sign-in page, that the account was just created, deleted, signed out everywhere or given a new password;
 * nothing for other values. After sign-up with the email filled in, it says what is left to type.
 */
export async function AccountNotice({
  notice,
  emailFilledIn = false,
}: {
  notice: string | string[] | undefined;
  emailFilledIn?: boolean;
}) {
  if (typeof notice !== 'string' || !Object.hasOwn(NOTICES, notice)) return null;
  const t = await getTranslations();
  const key =
    notice === 'signed-up' && emailFilledIn ? 'TeacherAuth.signedUpNext' : NOTICES[notice as keyof typeof NOTICES];
  return (
    <p role="status" className={styles.notice}>
      {t(key)}
    </p>
  );
}
