import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ClassDetails } from '@/lib/dashboard/class-summaries';
import { CopyLinkField } from './CopyLinkField';
import { LocalTime } from './LocalTime';
import styles from './Invite.module.css';

type Props = { klass: Pick<ClassDetails, 'id' | 'joinCode' | 'previousCode'>; inviteUrl: string; locale: string };

/** The join code in a small chip at the top of the class page: the big version is the "Show to class" page. */
export async function JoinChip({ klass, inviteUrl, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations('ClassPage'), getFormatter()]);
  const previous = klass.previousCode;
  const until = previous
    ? format.dateTime(previous.validUntil, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })
    : '';
  return (
    <section aria-labelledby="join-code" className={`${styles.chip} no-print`}>
      <h2 id="join-code" className={styles.chipTitle}>
        {t('joinCodeTitle')}
      </h2>
      <p className={styles.chipCode} translate="no">
        {klass.joinCode}
      </p>
      <Link href={`/teacher/classes/${klass.id}/show`} className="button">
        {t('showToClass')}
      </Link>
      <CopyLinkField
        id={`invite-link-${klass.id}`}
        label={t('inviteLink')}
        value={inviteUrl}
        copyLabel={t('copyInviteLink')}
        copiedMessage={t('copied')}
        failedMessage={t('copyFailed')}
      />
      {previous && (
        <p className={styles.chipNote}>
          {t.rich('previousCodeNote', {
            code: previous.code,
            at: until,
            // The server knows only UTC; the browser shows its own time zone once scripts run.
            time: () => <LocalTime dateTime={previous.validUntil.toISOString()} serverText={until} locale={locale} />,
          })}
        </p>
      )}
    </section>
  );
}
