import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import type { ClassInviteView } from '@/lib/dashboard/class-invite-view';
import { CopyLinkField } from './CopyLinkField';
import { FullScreenButton } from './FullScreenButton';
import styles from './Invite.module.css';

type Props = { invite: ClassInviteView; classPath: string; locale: Locale };

/** The projector's screen: address, code and QR code large, the steps in every language of the app, no students. */
export async function ShowToClassView({ invite, classPath, locale }: Props) {
  const [t, tClass] = await Promise.all([getTranslations('ShowToClass'), getTranslations('ClassPage')]);
  // The room mixes readers: each language's steps come from its own messages, the page's language first.
  const languages = [locale, ...routing.locales.filter((other) => other !== locale)];
  const steps = await Promise.all(
    languages.map(async (language) => ({
      language,
      t: await getTranslations({ locale: language, namespace: 'ShowToClass' }),
    })),
  );
  const classroomUrl = `https://classroom.google.com/share?url=${encodeURIComponent(invite.inviteUrl)}`;
  return (
    <div className={styles.show}>
      <div className={`${styles.showBar} no-print`}>
        <Link href={classPath}>← {t('back')}</Link>
        <FullScreenButton label={t('fullScreen')} />
      </div>
      <h1 dir="auto">{t('title', { className: invite.className })}</h1>
      <div className={styles.showGrid}>
        <dl className={styles.showFacts}>
          <div>
            <dt>{t('addressLabel')}</dt>
            <dd className={styles.address} translate="no">
              {invite.joinAddress}
            </dd>
          </div>
          <div>
            <dt>{t('codeLabel')}</dt>
            <dd className={styles.bigCode} translate="no">
              {invite.joinCode}
            </dd>
          </div>
        </dl>
        <div
          className={styles.qr}
          role="img"
          aria-label={t('qrLabel', { code: invite.joinCode })}
          // Made on the server by the qrcode package from the invite link alone: an SVG without scripts or links.
          dangerouslySetInnerHTML={{ __html: invite.qrSvg }}
        />
      </div>
      <div className={styles.steps}>
        {steps.map(({ language, t: tLanguage }) => (
          <section key={language} lang={language} aria-labelledby={`how-${language}`}>
            <h2 id={`how-${language}`}>{tLanguage('howTitle')}</h2>
            <ol>
              <li>{tLanguage('stepAddress')}</li>
              <li>{tLanguage('stepCode')}</li>
              <li>{tLanguage('stepScan')}</li>
            </ol>
          </section>
        ))}
      </div>
      <section aria-labelledby="share" className={`${styles.share} no-print`}>
        <h2 id="share">{t('shareTitle')}</h2>
        <CopyLinkField
          id="invite-link"
          label={tClass('inviteLink')}
          value={invite.inviteUrl}
          copyLabel={tClass('copyInviteLink')}
          copiedMessage={tClass('copied')}
          failedMessage={tClass('copyFailed')}
        />
        <p>
          <a href={classroomUrl}>{t('classroom')}</a>
        </p>
      </section>
    </div>
  );
}
