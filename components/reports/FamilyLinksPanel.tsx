import { getTranslations } from 'next-intl/server';
import type { PostAction } from '@/lib/action-result';
import { DEFAULT_FAMILY_LINK_DAYS, FAMILY_LINK_DAYS, type FamilyLinkView } from '@/lib/reports/family-link-form';
import { CopyLinkField } from '../teacher/CopyLinkField';
import styles from './Report.module.css';

type Props = {
  ids: { classId: string; lessonSlug: string; learnerId: string };
  name: string;
  links: FamilyLinkView[];
  /** The teacher's time zone, for the expiry dates. */
  timeZone: string;
  locale: string;
  /** What the last post did, from the address (?link=created|revoked). */
  notice: 'created' | 'revoked' | null;
  create: PostAction;
  revoke: PostAction;
};

/**
 * The teacher's family links for one student's report: a form that makes one (posts and redirects, so it works
 * without JavaScript), and the links that work now, each with its expiry, its address to copy and a revoke button.
 */
export async function FamilyLinksPanel({ ids, name, links, timeZone, locale, notice, create, revoke }: Props) {
  const t = await getTranslations('FamilyLinks');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
  const hidden = (
    <>
      <input type="hidden" name="classId" value={ids.classId} />
      <input type="hidden" name="lessonSlug" value={ids.lessonSlug} />
      <input type="hidden" name="learnerId" value={ids.learnerId} />
    </>
  );
  return (
    <section aria-labelledby="family-links" className="no-print">
      <h2 id="family-links">{t('title')}</h2>
      <p>{t('intro', { name })}</p>
      {notice && <p role="status">{t(notice)}</p>}
      <form action={create} className={styles.actions}>
        {hidden}
        <label htmlFor="family-link-days">{t('days')}</label>{' '}
        <select id="family-link-days" name="days" defaultValue={String(DEFAULT_FAMILY_LINK_DAYS)}>
          {FAMILY_LINK_DAYS.map((days) => (
            <option key={days} value={days}>
              {t('dayChoice', { days })}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="button">
          {t('create')}
        </button>
      </form>
      <h3>{t('activeTitle')}</h3>
      {links.length === 0 && <p>{t('none')}</p>}
      <ul className={styles.links}>
        {links.map((link) => {
          const until = date.format(link.expiresAt);
          return (
            <li key={link.id}>
              <CopyLinkField
                id={`family-link-${link.id}`}
                label={t('linkLabel', { date: until })}
                value={link.url}
                copyLabel={t('copy')}
                copiedMessage={t('copied')}
                failedMessage={t('copyFailed')}
              />
              <form action={revoke}>
                {hidden}
                <input type="hidden" name="linkId" value={link.id} />
                <button
                  type="submit"
                  className="button button-secondary"
                  aria-label={t('revokeLabel', { date: until })}
                >
                  {t('revoke')}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
